import { db } from "@pillars/world";
import type { Handler, HttpResponse } from "@pillars/world";

interface ProductRow {
  id: number;
  name: string;
  price_cents: number;
  version: number;
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): HttpResponse {
  return { status, headers: { "Content-Type": "application/json", ...headers }, body };
}

/**
 * The row's id and version name this exact representation: the version goes up on every
 * change, so the tag changes exactly when the product does. The quotes are part of the
 * ETag syntax.
 */
function etagFor(row: ProductRow): string {
  return `"product-${row.id}-v${row.version}"`;
}

/** Strips the weak prefix: If-None-Match compares tags weakly (RFC 9110, 13.1.2). */
function opaque(tag: string): string {
  const trimmed = tag.trim();
  return trimmed.startsWith("W/") ? trimmed.slice(2) : trimmed;
}

/** True when the client's If-None-Match header names the current representation. */
function clientHasCurrent(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  if (ifNoneMatch.trim() === "*") return true; // "any version you have": the product exists
  return ifNoneMatch.split(",").some((tag) => opaque(tag) === etag);
}

async function showProduct(id: number, ifNoneMatch: string | undefined): Promise<HttpResponse> {
  const { rows } = await db.query<ProductRow>(
    "SELECT id, name, price_cents, version FROM products WHERE id = $1",
    [id],
  );
  const row = rows[0];
  if (!row) return json(404, { error: "not_found", message: `Product ${id} does not exist.` });

  const etag = etagFor(row);
  // no-cache: caches may keep the response, but must ask us (with If-None-Match) before
  // reusing it. Prices change; a stale price is worse than one short round trip.
  const caching = { ETag: etag, "Cache-Control": "no-cache" };

  if (clientHasCurrent(ifNoneMatch, etag)) {
    // The client's copy is current: send the headers, not the body again.
    return { status: 304, headers: caching };
  }
  return json(200, { id: row.id, name: row.name, priceCents: row.price_cents }, caching);
}

export const handler: Handler = async (req) => {
  const match = /^\/products\/(\d+)$/.exec(req.path);
  if (!match) return json(404, { error: "not_found", message: `No route for ${req.path}.` });
  if (req.method !== "GET") {
    return json(405, { error: "method_not_allowed" }, { Allow: "GET" });
  }
  // Request header names arrive in lower case.
  return showProduct(Number(match[1]), req.headers["if-none-match"]);
};
