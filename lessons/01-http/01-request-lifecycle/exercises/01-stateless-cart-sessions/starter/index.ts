import type { Handler, HttpRequest, HttpResponse } from "@pillars/world";
// TODO: import { cache } from "@pillars/world" and keep carts there instead.

/** A cart nobody touched for this long is dropped. */
const CART_TTL_SECONDS = 30 * 60;

interface CartItem {
  sku: string;
  quantity: number;
}

// This works on a laptop with one server process. In production three instances sit behind
// a load balancer and each has its own `carts`: see the lesson for what goes wrong.
// TODO: replace this Map with a cache hash per session, key `cart:<sid>`, field = SKU,
// value = quantity, that expires CART_TTL_SECONDS after the last change.
const carts = new Map<string, Map<string, number>>();

function json(status: number, body: unknown): HttpResponse {
  return { status, headers: { "Content-Type": "application/json" }, body };
}

/** "sid=abc; theme=dark" -> { sid: "abc", theme: "dark" } */
function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0) cookies[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return cookies;
}

async function readCart(sessionId: string): Promise<CartItem[]> {
  const lines = carts.get(sessionId) ?? new Map<string, number>();
  return [...lines.entries()]
    .map(([sku, quantity]) => ({ sku, quantity }))
    .sort((a, b) => a.sku.localeCompare(b.sku));
}

function validItem(body: unknown): CartItem | null {
  if (typeof body !== "object" || body === null) return null;
  const { sku, quantity } = body as Record<string, unknown>;
  if (typeof sku !== "string" || !/^[A-Z0-9-]{1,32}$/.test(sku)) return null;
  if (typeof quantity !== "number" || !Number.isInteger(quantity)) return null;
  if (quantity < 1 || quantity > 99) return null;
  return { sku, quantity };
}

async function addItem(sessionId: string, req: HttpRequest): Promise<HttpResponse> {
  const item = validItem(req.body);
  if (!item) {
    return json(400, {
      error: "invalid_item",
      message: "Send { sku, quantity } with an upper-case SKU and a whole quantity from 1 to 99.",
    });
  }
  const lines = carts.get(sessionId) ?? new Map<string, number>();
  lines.set(item.sku, (lines.get(item.sku) ?? 0) + item.quantity);
  carts.set(sessionId, lines);
  return json(200, { items: await readCart(sessionId) });
}

export const handler: Handler = async (req) => {
  const sessionId = parseCookies(req.headers["cookie"])["sid"];
  if (!sessionId) {
    return json(401, { error: "no_session", message: "Send the session cookie `sid`." });
  }
  if (req.path === "/cart" && req.method === "GET") {
    return json(200, { items: await readCart(sessionId) });
  }
  if (req.path === "/cart/items" && req.method === "POST") {
    return addItem(sessionId, req);
  }
  return json(404, { error: "not_found", message: `No route for ${req.method} ${req.path}.` });
};
