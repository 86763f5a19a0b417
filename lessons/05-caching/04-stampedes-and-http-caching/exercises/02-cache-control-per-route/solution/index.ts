import { db } from "@pillars/world";
import type { HttpRequest, HttpResponse } from "@pillars/world";

/** Caching policies, named for the kind of data they fit. */
const POLICY = {
  // The same for everyone and fine to be a minute old: browsers and CDNs may reuse it.
  shared: "public, max-age=60",
  // One customer's data: only their own browser may keep it, and it must ask before reuse.
  personal: "private, no-cache",
  // The file name changes whenever the content does, so this URL's content never changes.
  fingerprinted: "public, max-age=31536000, immutable",
  // Same URL, new content after the next deploy: keep it short.
  asset: "public, max-age=300",
  // Writes, errors, anything not listed above: stored nowhere.
  never: "no-store",
} as const;
type Policy = keyof typeof POLICY;

/** `app.3f9a1c2b.js`: a content hash of at least 8 hex digits before the extension. */
const FINGERPRINTED = /\.[0-9a-f]{8,}\.(?:js|css)$/;

function respond(
  status: number,
  body: unknown,
  policy: Policy,
  headers: Record<string, string> = {},
): HttpResponse {
  return { status, headers: { "cache-control": POLICY[policy], ...headers }, body };
}

function wantsFrench(req: HttpRequest): boolean {
  return (req.headers["accept-language"] ?? "").toLowerCase().startsWith("fr");
}

async function getProduct(req: HttpRequest, id: number): Promise<HttpResponse> {
  const { rows } = await db.query<{ id: number; name: string; nameFr: string; priceCents: number }>(
    "SELECT id, name, name_fr AS nameFr, price_cents AS priceCents FROM products WHERE id = $1",
    [id],
  );
  const product = rows[0];
  if (!product) return respond(404, { title: "Product not found" }, "never");
  const name = wantsFrench(req) ? product.nameFr : product.name;
  // A CDN keys its cache on the URL alone unless told otherwise. The body depends on
  // Accept-Language too, so say so, or French names reach English readers.
  return respond(200, { id: product.id, name, priceCents: product.priceCents }, "shared", {
    vary: "Accept-Language",
  });
}

async function getCart(userId: number): Promise<HttpResponse> {
  const { rows } = await db.query(
    "SELECT product_id AS productId, quantity FROM cart_items WHERE user_id = $1",
    [userId],
  );
  return respond(200, { userId, items: rows }, "personal");
}

function getAsset(file: string): HttpResponse {
  const type = file.endsWith(".css") ? "text/css" : "text/javascript";
  const policy = FINGERPRINTED.test(file) ? "fingerprinted" : "asset";
  return respond(200, `/* ${file} */`, policy, { "content-type": type });
}

async function checkout(userId: number): Promise<HttpResponse> {
  const { rows } = await db.query<{ id: number }>(
    "INSERT INTO orders (user_id) VALUES ($1) RETURNING id",
    [userId],
  );
  return respond(201, { orderId: rows[0]?.id }, "never");
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
    return signedIn ? getCart(userId) : respond(401, { title: "Sign in first" }, "never");
  }
  if (req.method === "POST" && req.path === "/checkout") {
    return signedIn ? checkout(userId) : respond(401, { title: "Sign in first" }, "never");
  }
  return respond(404, { title: "Not found" }, "never");
}
