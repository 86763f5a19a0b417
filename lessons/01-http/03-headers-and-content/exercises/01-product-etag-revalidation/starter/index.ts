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

async function showProduct(id: number, ifNoneMatch: string | undefined): Promise<HttpResponse> {
  const { rows } = await db.query<ProductRow>(
    "SELECT id, name, price_cents, version FROM products WHERE id = $1",
    [id],
  );
  const row = rows[0];
  if (!row) return json(404, { error: "not_found", message: `Product ${id} does not exist.` });

  // TODO: build an ETag that changes whenever this product changes (hint: the row has a
  //       version column). Remember that an ETag is a quoted string.
  // TODO: if `ifNoneMatch` names the current ETag (or is "*"), answer 304 with no body.
  // TODO: send ETag and "Cache-Control: no-cache" on both the 200 and the 304.
  void ifNoneMatch;
  return json(200, { id: row.id, name: row.name, priceCents: row.price_cents });
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
