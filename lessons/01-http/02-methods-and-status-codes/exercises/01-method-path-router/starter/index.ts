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
 * Compares a pattern with a path. Returns the parameters captured from the path,
 * or null when the path does not fit the pattern.
 */
export function matchPath(pattern: string, path: string): Params | null {
  // TODO: compare segment by segment ("/users/:id" against "/users/42" gives { id: "42" }).
  // Literal segments must be equal; a `:name` segment matches any one non-empty segment.
  // Paths with a different number of segments never match.
  return pattern === path ? {} : null;
}

export function createRouter(routes: Route[]): Handler {
  return async (req) => {
    for (const route of routes) {
      const params = matchPath(route.pattern, req.path);
      if (params !== null && route.method === req.method) {
        // TODO: percent-decode the parameters ("summer%20sale.pdf" -> "summer sale.pdf");
        // answer 400 if a value cannot be decoded.
        return await route.handle(req, params);
      }
    }

    // TODO: if the path matched some route but not with this method, answer 405 with an
    // `Allow` header listing the methods that path supports.

    // TODO: a 404 should say what went wrong, as JSON, with a Content-Type header.
    return { status: 404 };
  };
}
