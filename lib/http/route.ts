// The wrapper every /api/v1 route handler goes through: request id, JSON body with a size
// limit, zod validation of params and body, and problem+json for every error, with nothing
// internal in the answer (unexpected errors are logged with the request id instead).
import type { z } from "zod";
import type { Logger } from "../observability/logger.ts";
import { REQUEST_ID_HEADER, requestIdFrom } from "../observability/request-id.ts";
import { fromRuntime } from "../runtime.ts";
import { readJsonBody } from "./body.ts";
import { isCrossSiteMutation } from "./same-origin.ts";
import { ApiProblem, pointerTo, problemResponse } from "./problem.ts";

/** What Next passes a route handler besides the request. */
export interface RouteContext {
  params: Promise<Record<string, string | string[] | undefined>>;
}
export type RouteHandler = (request: Request, context: RouteContext) => Promise<Response>;

export interface EndpointInput<P, B, Q = undefined> {
  request: Request;
  requestId: string;
  params: P;
  body: B;
  query: Q;
  logger: Logger;
}

export interface EndpointSpec<P, B, Q = undefined> {
  /** Path params that fail this schema name nothing that exists: 404. */
  params?: z.ZodType<P>;
  /** The URL's query string as an object of strings: 400 with field errors when it fails. */
  query?: z.ZodType<Q>;
  /** A JSON body is read (size-limited) and must pass this: 400 with field errors, or 413. */
  body?: z.ZodType<B>;
  /** Returns the 200 JSON payload, or a Response for any other answer. */
  handle: (input: EndpointInput<P, B, Q>) => Promise<unknown>;
}

/**
 * Issues raised with `params: { status: 413 }` (sizes of fields inside a body that is within
 * the byte limit, such as one file of a run) answer 413 instead of 400.
 */
export const TOO_LARGE = { status: 413 } as const;

function validationProblem(error: z.ZodError): ApiProblem {
  const tooLarge = error.issues.some(
    (issue) => issue.code === "custom" && issue.params?.status === TOO_LARGE.status,
  );
  return new ApiProblem({
    status: tooLarge ? 413 : 400,
    kind: tooLarge ? "payload-too-large" : "validation",
    detail: tooLarge ? "Part of the request is larger than allowed." : "The request is invalid.",
    errors: error.issues.map((issue) => ({
      pointer: pointerTo(issue.path),
      detail: issue.message,
    })),
  });
}

export function endpoint<P = undefined, B = undefined, Q = undefined>(
  spec: EndpointSpec<P, B, Q>,
): RouteHandler {
  return async (request, context) => {
    const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
    const logger = fromRuntime("logger");
    try {
      const siteOrigin = fromRuntime("env").BETTER_AUTH_URL;
      if (isCrossSiteMutation(request, siteOrigin ? [siteOrigin] : [])) {
        throw new ApiProblem({
          status: 403,
          kind: "forbidden",
          detail: "Cross-site requests may not change anything here.",
        });
      }
      let params = undefined as P;
      if (spec.params) {
        const parsed = spec.params.safeParse(await context.params);
        if (!parsed.success) {
          throw new ApiProblem({ status: 404, kind: "not-found", detail: "No such resource." });
        }
        params = parsed.data;
      }
      let query = undefined as Q;
      if (spec.query) {
        const search = Object.fromEntries(new URL(request.url).searchParams);
        const parsed = spec.query.safeParse(search);
        if (!parsed.success) throw validationProblem(parsed.error);
        query = parsed.data;
      }
      let body = undefined as B;
      if (spec.body) {
        const raw = await readJsonBody(request, fromRuntime("env").PILLARS_API_BODY_LIMIT_BYTES);
        const parsed = spec.body.safeParse(raw);
        if (!parsed.success) throw validationProblem(parsed.error);
        body = parsed.data;
      }
      const result = await spec.handle({ request, requestId, params, body, query, logger });
      const response = result instanceof Response ? result : Response.json(result);
      response.headers.set(REQUEST_ID_HEADER, requestId);
      if (!response.headers.has("cache-control")) response.headers.set("cache-control", "no-store");
      return response;
    } catch (error) {
      if (error instanceof ApiProblem) return problemResponse(error.init, requestId);
      logger.error({ err: error, requestId, url: new URL(request.url).pathname }, "api: failed");
      return problemResponse(
        { status: 500, kind: "internal", detail: "Something went wrong on our side." },
        requestId,
      );
    }
  };
}

export const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type Method = (typeof METHODS)[number];

// The 405 handlers methods() fills in, so the OpenAPI test can tell served methods from them.
const notAllowedHandlers = new WeakSet<RouteHandler>();
export function isNotAllowedHandler(handler: unknown): boolean {
  return typeof handler === "function" && notAllowedHandlers.has(handler as RouteHandler);
}

/**
 * All five methods for a route file: the given handlers, and 405 problem+json with `Allow`
 * for the rest (Next's own 405 is not problem+json). Usage in route.ts:
 * `export const { GET, POST, PUT, PATCH, DELETE } = methods({ GET: endpoint({...}) });`
 */
export function methods(
  handlers: Partial<Record<Method, RouteHandler>>,
): Record<Method, RouteHandler> {
  const allowed = METHODS.filter((m) => handlers[m]);
  const allow = [...allowed, ...(allowed.includes("GET") ? ["HEAD"] : []), "OPTIONS"].join(", ");
  const notAllowed: RouteHandler = async (request) =>
    problemResponse(
      {
        status: 405,
        kind: "method-not-allowed",
        detail: `${request.method} is not allowed here; use ${allowed.join(" or ")}.`,
        headers: { allow },
      },
      requestIdFrom(request.headers.get(REQUEST_ID_HEADER)),
    );
  notAllowedHandlers.add(notAllowed);
  return Object.fromEntries(METHODS.map((m) => [m, handlers[m] ?? notAllowed])) as Record<
    Method,
    RouteHandler
  >;
}

/** For the /api/v1 catch-all: every method of an unknown route is a 404 problem. */
export function unknownRoute(): Record<Method, RouteHandler> {
  const handler: RouteHandler = async (request) =>
    problemResponse(
      {
        status: 404,
        kind: "not-found",
        detail: `No API route ${new URL(request.url).pathname.slice(0, 200)}.`,
      },
      requestIdFrom(request.headers.get(REQUEST_ID_HEADER)),
    );
  return Object.fromEntries(METHODS.map((m) => [m, handler])) as Record<Method, RouteHandler>;
}
