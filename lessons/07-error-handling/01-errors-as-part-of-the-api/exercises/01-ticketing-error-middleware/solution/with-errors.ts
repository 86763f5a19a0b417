import { log } from "@pillars/world";
import type { Handler, HttpRequest, HttpResponse } from "@pillars/world";
import { ConflictError, NotFoundError, ValidationError } from "./errors.ts";

/** Where this API's problem types live: `${PROBLEM_BASE}not-found`, `validation-error`, `conflict`. */
export const PROBLEM_BASE = "https://tickets.example/problems/";

// A caller-supplied id ends up in our logs and headers, so it is input like any other: a
// newline in it could forge log lines, and a megabyte of it would fill them.
const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

function requestIdOf(req: HttpRequest): string {
  const given = req.headers["x-request-id"];
  return given !== undefined && SAFE_REQUEST_ID.test(given) ? given : crypto.randomUUID();
}

interface Problem {
  status: number;
  type: string;
  title: string;
  detail: string;
  errors?: { pointer: string; detail: string }[];
}

/** The client's mistakes, described in the client's terms; null for everything else. */
function domainProblem(err: unknown): Problem | null {
  if (err instanceof NotFoundError) {
    return {
      status: 404,
      type: `${PROBLEM_BASE}not-found`,
      title: "Not found",
      detail: err.message,
    };
  }
  if (err instanceof ValidationError) {
    return {
      status: 400,
      type: `${PROBLEM_BASE}validation-error`,
      title: "Your request is not valid",
      detail: err.message,
      errors: err.errors,
    };
  }
  if (err instanceof ConflictError) {
    return {
      status: 409,
      type: `${PROBLEM_BASE}conflict`,
      title: "The request conflicts with the current state",
      detail: err.message,
    };
  }
  return null;
}

// Everything we did not expect gets the same answer: the client cannot fix it, and any
// detail (a SQL message, a stack, a file path) helps only an attacker. The request id is
// what support needs to find the real error in the logs.
const INTERNAL_ERROR: Problem = {
  status: 500,
  type: "about:blank",
  title: "Internal Server Error",
  detail: "Something went wrong on our side. Quote the request id if you contact support.",
};

function respond(problem: Problem, requestId: string): HttpResponse {
  return {
    status: problem.status,
    headers: { "Content-Type": "application/problem+json", "X-Request-Id": requestId },
    body: { ...problem, requestId },
  };
}

export function withErrors(handler: Handler): Handler {
  return async (req) => {
    const requestId = requestIdOf(req);
    try {
      // `await` inside the try: a rejected promise lands in the catch like a thrown error.
      const res = await handler(req);
      return { ...res, headers: { ...res.headers, "X-Request-Id": requestId } };
    } catch (err) {
      const problem = domainProblem(err);
      // Client errors are expected traffic, not incidents: no error-level line for them.
      if (problem) return respond(problem, requestId);

      // Error objects serialise to {} in JSON, so copy the parts worth keeping. Anything can
      // be thrown (a string, an object), hence the fallback.
      const error =
        err instanceof Error
          ? { name: err.name, message: err.message, stack: err.stack }
          : { name: "NonError", message: String(err) };
      log.error("unhandled error", { requestId, method: req.method, path: req.path, error });
      return respond(INTERNAL_ERROR, requestId);
    }
  };
}
