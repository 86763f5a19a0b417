import type { HttpRequest, HttpResponse } from "@pillars/world";

export const PROBLEM_BASE = "https://shop.example/problems/";

const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The caller's `x-request-id` if it is safe to log and echo, else a fresh one. */
export function requestIdOf(req: HttpRequest): string {
  const given = req.headers["x-request-id"];
  return given !== undefined && SAFE_REQUEST_ID.test(given) ? given : crypto.randomUUID();
}

export interface ProblemFields {
  type: string;
  title: string;
  detail: string;
  errors?: { pointer: string; detail: string }[];
}

/** A problem+json response that carries the request id in its header and body. */
export function problem(status: number, fields: ProblemFields, requestId: string): HttpResponse {
  return {
    status,
    headers: { "Content-Type": "application/problem+json", "X-Request-Id": requestId },
    body: { ...fields, status, requestId },
  };
}
