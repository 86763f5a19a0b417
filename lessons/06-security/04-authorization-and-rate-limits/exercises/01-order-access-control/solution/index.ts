import { db } from "@pillars/world";
import type { Handler, HttpRequest, HttpResponse } from "@pillars/world";

export type Role = "customer" | "support" | "admin";
export interface User {
  id: number;
  role: Role;
}
/** A handler that runs only for an authenticated user, who is passed in. */
export type AuthedHandler = (req: HttpRequest, user: User) => HttpResponse | Promise<HttpResponse>;

/** The user behind `Authorization: Bearer <session token>`, or null. Given: authentication. */
export async function authenticate(req: HttpRequest): Promise<User | null> {
  const match = /^Bearer (\S+)$/.exec(req.headers["authorization"] ?? "");
  if (!match) return null;
  const { rows } = await db.query<User>(
    "SELECT users.id, users.role FROM sessions JOIN users ON users.id = sessions.user_id WHERE sessions.token = $1",
    [match[1]],
  );
  return rows[0] ?? null;
}

// Generic bodies: they say what the caller may do next, nothing about why or what exists.
const UNAUTHENTICATED: HttpResponse = {
  status: 401,
  headers: { "www-authenticate": "Bearer" },
  body: { error: "authentication required" },
};
const FORBIDDEN: HttpResponse = { status: 403, body: { error: "forbidden" } };
const NOT_FOUND: HttpResponse = { status: 404, body: { error: "not found" } };

/**
 * Authorization as a wrapper, so a route cannot forget it: 401 when we do not know who is
 * calling (logging in may help), 403 when we do and the role is not allowed (it will not).
 */
export function requireRole(...allowed: Role[]) {
  return (handler: AuthedHandler): Handler =>
    async (req) => {
      const user = await authenticate(req);
      if (!user) return UNAUTHENTICATED;
      if (!allowed.includes(user.role)) return FORBIDDEN;
      return handler(req, user);
    };
}

/** GET /orders/:id. Customers see their own orders; support and admins see any. */
export const getOrder: AuthedHandler = async (req, user) => {
  const id = Number(req.path.split("/")[2]);
  if (!Number.isSafeInteger(id)) return NOT_FOUND;
  // Ownership is part of the query, not a check bolted on afterwards: a customer's lookup
  // cannot return someone else's row. Someone else's order answers exactly like a missing
  // one (404, same body), so ids cannot be probed to learn which orders exist.
  const everyone = user.role === "support" || user.role === "admin";
  const { rows } = await db.query(
    `SELECT id, event, total_cents AS totalCents, status FROM orders
     WHERE id = $1 AND (customer_id = $2 OR $3 = 1)`,
    [id, user.id, everyone ? 1 : 0],
  );
  return rows[0] ? { status: 200, body: rows[0] } : NOT_FOUND;
};

/** POST /admin/orders/:id/refund. Admins only (the route wraps it in requireRole). */
export const refundOrder: AuthedHandler = async (req) => {
  const id = Number(req.path.split("/")[3]);
  const { rowCount } = await db.query(
    "UPDATE orders SET status = 'refunded' WHERE id = $1 AND status = 'paid'",
    [id],
  );
  return rowCount === 1 ? { status: 200, body: { id, status: "refunded" } } : NOT_FOUND;
};

/** The API: every route states who may call it. */
export const app: Handler = async (req) => {
  if (req.method === "GET" && /^\/orders\/[^/]+$/.test(req.path)) {
    return requireRole("customer", "support", "admin")(getOrder)(req);
  }
  if (req.method === "POST" && /^\/admin\/orders\/[^/]+\/refund$/.test(req.path)) {
    return requireRole("admin")(refundOrder)(req);
  }
  return NOT_FOUND;
};
