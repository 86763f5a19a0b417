import type { HttpResponse } from "@pillars/world";

/** One invalid field: `pointer` is a JSON Pointer into the request body, as a URI fragment. */
export interface FieldError {
  pointer: string;
  detail: string;
}

/**
 * Problem types. A type URI names a kind of problem that clients may branch on; `about:blank`
 * says "nothing beyond the status code", and then `title` is the status code's own phrase.
 */
export const VALIDATION_ERROR = "https://notes.example/problems/validation-error";

/** Every error this API sends, in the RFC 9457 shape, so clients need one error parser. */
export function problem(
  status: number,
  type: string,
  title: string,
  detail: string,
  extra: { errors?: FieldError[]; headers?: Record<string, string> } = {},
): HttpResponse {
  const body: Record<string, unknown> = { type, title, status, detail };
  if (extra.errors) body.errors = extra.errors;
  return {
    status,
    // The media type tells a client this is a problem document before it parses a byte.
    headers: { "Content-Type": "application/problem+json", ...extra.headers },
    body,
  };
}

export function notFound(detail: string): HttpResponse {
  return problem(404, "about:blank", "Not Found", detail);
}

export function invalid(detail: string, errors: FieldError[]): HttpResponse {
  return problem(400, VALIDATION_ERROR, "Your request is not valid.", detail, { errors });
}

export function methodNotAllowed(method: string, path: string, allow: string): HttpResponse {
  return problem(
    405,
    "about:blank",
    "Method Not Allowed",
    `${method} is not supported on ${path}.`,
    {
      headers: { Allow: allow },
    },
  );
}
