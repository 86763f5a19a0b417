import { cache } from "@pillars/world";
import type { Handler, HttpRequest, HttpResponse } from "@pillars/world";

/** A cart nobody touched for this long is dropped. */
const CART_TTL_SECONDS = 30 * 60;

interface CartItem {
  sku: string;
  quantity: number;
}

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

function cartKey(sessionId: string): string {
  return `cart:${sessionId}`;
}

// Every read goes to the shared cache, never to a variable in this process: the next
// request from the same shopper may land on another instance, and this one may be restarted
// at any moment. Anything kept only in memory here would be invisible or lost.
async function readCart(sessionId: string): Promise<CartItem[]> {
  const lines = await cache.hgetall(cartKey(sessionId));
  return Object.entries(lines)
    .map(([sku, quantity]) => ({ sku, quantity: Number(quantity) }))
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
  const key = cartKey(sessionId);
  // HINCRBY adds in one step inside the cache, so two instances adding to the same cart at
  // the same moment both count (read, add, write back would lose one of them).
  await cache.hincrby(key, item.sku, item.quantity);
  await cache.expire(key, CART_TTL_SECONDS);
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
