import type { HttpResponse } from "@pillars/world";

/** An RFC 9457 problem document; the shape every error of the payments API has. */
export function problem(
  status: number,
  title: string,
  detail: string,
  headers: Record<string, string> = {},
): HttpResponse {
  return {
    status,
    headers: { "Content-Type": "application/problem+json", ...headers },
    body: { type: "about:blank", title, status, detail },
  };
}
