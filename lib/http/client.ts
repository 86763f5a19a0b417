// Who is calling, for rate limits. Route handlers see a web Request without the socket, so
// server.ts computes the client address from the socket (and X-Forwarded-For only behind a
// trusted proxy) and passes it in a header it always overwrites: a caller cannot set it.
import type { IncomingMessage } from "node:http";

export const CLIENT_IP_HEADER = "x-pillars-client-ip";

/**
 * With trustProxy, the address our proxy saw is the LAST X-Forwarded-For entry (proxies
 * append); earlier entries are whatever the caller sent and could be forged.
 */
export function clientIpOf(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = req.headers["x-forwarded-for"];
  if (trustProxy && typeof forwarded === "string") {
    const last = forwarded.split(",").at(-1)?.trim();
    if (last) return last;
  }
  return req.socket.remoteAddress ?? "unknown";
}

/** In a route handler: the address server.ts put in the request. */
export function clientIpFrom(request: Request): string {
  return request.headers.get(CLIENT_IP_HEADER)?.slice(0, 64) || "unknown";
}
