import type { HttpResponse } from "@pillars/world";

/** One invalid field: `pointer` is a JSON Pointer into the request body, e.g. "#/title". */
export interface FieldError {
  pointer: string;
  detail: string;
}

/** The problem type for invalid input; clients branch on it. */
export const VALIDATION_ERROR = "https://notes.example/problems/validation-error";

/**
 * Every error of the API goes through here.
 *
 * TODO: this is the old ad-hoc error shape. Answer RFC 9457 problem details instead:
 *  - Content-Type: application/problem+json
 *  - a body with type, title, status (the same number as the HTTP status) and detail
 *  - the field errors (if any) as an `errors` member
 *  - any extra headers (such as Allow)
 */
export function problem(
  status: number,
  type: string,
  title: string,
  detail: string,
  extra: { errors?: FieldError[]; headers?: Record<string, string> } = {},
): HttpResponse {
  return {
    status,
    headers: { "Content-Type": "application/json" },
    body: { error: detail },
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
