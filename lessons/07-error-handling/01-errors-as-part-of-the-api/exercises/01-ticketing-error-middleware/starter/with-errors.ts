import type { Handler } from "@pillars/world";

/** Where this API's problem types live: `${PROBLEM_BASE}not-found`, `validation-error`, `conflict`. */
export const PROBLEM_BASE = "https://tickets.example/problems/";

/**
 * Wraps a handler so that every error becomes a problem+json response.
 *
 * TODO:
 * 1. Take the request id from the `x-request-id` header when it is safe (1 to 64 characters
 *    of letters, digits, `.`, `_`, `-`); otherwise generate one with `crypto.randomUUID()`.
 *    Send it back as an `X-Request-Id` header on every response, success or error.
 * 2. Call the wrapped handler; pass a successful response through unchanged.
 * 3. Map NotFoundError, ValidationError and ConflictError to 404, 400 and 409 problem
 *    documents (see the README for the members).
 * 4. Anything else is a 500 with a generic body that gives away nothing about the error,
 *    and one `log.error(...)` line with the request id and the real error.
 */
export function withErrors(handler: Handler): Handler {
  return async (req) => {
    return handler(req);
  };
}
