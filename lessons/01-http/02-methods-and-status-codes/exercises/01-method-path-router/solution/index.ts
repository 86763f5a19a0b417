import type { Handler, HttpRequest, HttpResponse } from "@pillars/world";

/** Values captured from the path, keyed by the name after `:` in the pattern. */
export type Params = Record<string, string>;

export interface Route {
  /** Upper-case HTTP method, e.g. "GET". */
  method: string;
  /** Literal segments and `:name` parameters, e.g. "/users/:userId/orders/:orderId". */
  pattern: string;
  handle: (req: HttpRequest, params: Params) => HttpResponse | Promise<HttpResponse>;
}

/**
 * Compares a pattern with a path one segment at a time. Returns the raw (still
 * percent-encoded) parameter values, or null when the path does not fit the pattern.
 */
export function matchPath(pattern: string, path: string): Params | null {
  const expected = pattern.split("/");
  const actual = path.split("/");
  // "/users/7" and "/users/7/orders" share a prefix but are different resources.
  if (expected.length !== actual.length) return null;

  const params: Params = {};
  for (let i = 0; i < expected.length; i++) {
    const want = expected[i] ?? "";
    const got = actual[i] ?? "";
    if (want.startsWith(":")) {
      // A parameter needs a value: "/users/" is not a request for user "".
      if (got === "") return null;
      params[want.slice(1)] = got;
    } else if (want !== got) {
      return null;
    }
  }
  return params;
}

function jsonError(
  status: number,
  error: string,
  message: string,
  headers: Record<string, string> = {},
): HttpResponse {
  return {
    status,
    headers: { "Content-Type": "application/json", ...headers },
    body: { error, message },
  };
}

/** Decodes every parameter; null when one holds broken percent-encoding such as "%E0%A4%A". */
function decodeParams(raw: Params): Params | null {
  const decoded: Params = {};
  try {
    for (const [name, value] of Object.entries(raw)) decoded[name] = decodeURIComponent(value);
  } catch {
    return null;
  }
  return decoded;
}

export function createRouter(routes: Route[]): Handler {
  return async (req) => {
    // Methods of every route whose pattern fits the path: if the request's method is not
    // among them, the resource exists and the client used the wrong verb (405, not 404).
    const allowed: string[] = [];

    for (const route of routes) {
      const raw = matchPath(route.pattern, req.path);
      if (raw === null) continue;
      if (route.method !== req.method) {
        if (!allowed.includes(route.method)) allowed.push(route.method);
        continue;
      }
      // Routes are tried in the order they were registered, so "/users/me" listed before
      // "/users/:id" wins for "/users/me".
      const params = decodeParams(raw);
      if (params === null) {
        return jsonError(400, "bad_request", "The path contains invalid percent-encoding.");
      }
      return await route.handle(req, params);
    }

    if (allowed.length > 0) {
      return jsonError(
        405,
        "method_not_allowed",
        `${req.method} is not supported on ${req.path}.`,
        // The client learns what it can do instead, as RFC 9110 requires for a 405.
        { Allow: allowed.join(", ") },
      );
    }
    return jsonError(404, "not_found", `No route for ${req.method} ${req.path}.`);
  };
}
