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

/** Wraps a handler so that only users with one of the `allowed` roles reach it. */
export function requireRole(...allowed: Role[]) {
  return (handler: AuthedHandler): Handler =>
    async (req) => {
      const user = await authenticate(req);
      // TODO: answer UNAUTHENTICATED (401) when nobody is logged in, and FORBIDDEN (403)
      // when user.role is not one of `allowed`. Only then call the handler.
      return handler(req, user as User);
    };
}

/** GET /orders/:id. Customers see their own orders; support and admins see any. */
export const getOrder: AuthedHandler = async (req, user) => {
  const id = Number(req.path.split("/")[2]);
  if (!Number.isSafeInteger(id)) return NOT_FOUND;
  // TODO: this returns ANY order to ANY logged-in user who guesses its id. A customer may
  // only see orders whose customer_id is their own id; support and admin may see all.
  // Someone else's order must answer exactly like a missing one.
  const { rows } = await db.query(
    "SELECT id, event, total_cents AS totalCents, status FROM orders WHERE id = $1",
    [id],
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
