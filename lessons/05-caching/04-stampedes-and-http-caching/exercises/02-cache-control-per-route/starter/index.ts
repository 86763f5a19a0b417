import { db } from "@pillars/world";
import type { HttpRequest, HttpResponse } from "@pillars/world";

// The bug report: "I opened my cart and saw somebody else's coffee grinder in it."
// Every response goes through respond(), which marks it cacheable by anyone for an hour.
// The CDN did as it was told and served the first customer's cart to the next one.
function respond(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): HttpResponse {
  // TODO: one policy for everything is the bug. Give each route its own Cache-Control:
  //   - product JSON: any cache (CDN too) may reuse it for 60 s; it varies by Accept-Language
  //   - the cart: personal; no shared cache may store it, the browser must always revalidate
  //   - fingerprinted assets (app.3f9a1c2b.js): cache for a year, immutable
  //   - other assets: at most 5 minutes
  //   - checkout, errors: never stored
  return { status, headers: { "cache-control": "public, max-age=3600", ...headers }, body };
}

// French names for requests whose Accept-Language starts with "fr".
function wantsFrench(req: HttpRequest): boolean {
  return (req.headers["accept-language"] ?? "").toLowerCase().startsWith("fr");
}

async function getProduct(req: HttpRequest, id: number): Promise<HttpResponse> {
  const { rows } = await db.query<{ id: number; name: string; nameFr: string; priceCents: number }>(
    "SELECT id, name, name_fr AS nameFr, price_cents AS priceCents FROM products WHERE id = $1",
    [id],
  );
  const product = rows[0];
  if (!product) return respond(404, { title: "Product not found" });
  const name = wantsFrench(req) ? product.nameFr : product.name;
  return respond(200, { id: product.id, name, priceCents: product.priceCents });
}

async function getCart(userId: number): Promise<HttpResponse> {
  const { rows } = await db.query(
    "SELECT product_id AS productId, quantity FROM cart_items WHERE user_id = $1",
    [userId],
  );
  return respond(200, { userId, items: rows });
}

function getAsset(file: string): HttpResponse {
  const type = file.endsWith(".css") ? "text/css" : "text/javascript";
  return respond(200, `/* ${file} */`, { "content-type": type });
}

async function checkout(userId: number): Promise<HttpResponse> {
  const { rows } = await db.query<{ id: number }>(
    "INSERT INTO orders (user_id) VALUES ($1) RETURNING id",
    [userId],
  );
  return respond(201, { orderId: rows[0]?.id });
}

/** The shop's HTTP API. The signed-in customer's id arrives in the `x-user-id` header. */
export async function shopHandler(req: HttpRequest): Promise<HttpResponse> {
  const userId = Number(req.headers["x-user-id"]);
  const signedIn = Number.isInteger(userId) && userId > 0;
  const product = /^\/products\/(\d+)$/.exec(req.path);
  const asset = /^\/assets\/([\w.-]+\.(?:js|css))$/.exec(req.path);

  if (req.method === "GET" && product) return getProduct(req, Number(product[1]));
  if (req.method === "GET" && asset) return getAsset(asset[1]!);
  if (req.method === "GET" && req.path === "/me/cart") {
    return signedIn ? getCart(userId) : respond(401, { title: "Sign in first" });
  }
  if (req.method === "POST" && req.path === "/checkout") {
    return signedIn ? checkout(userId) : respond(401, { title: "Sign in first" });
  }
  return respond(404, { title: "Not found" });
}
