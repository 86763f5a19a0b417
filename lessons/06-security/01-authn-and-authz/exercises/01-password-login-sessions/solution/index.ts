import { cache, db } from "@pillars/world";
import type { Handler, HttpRequest, HttpResponse } from "@pillars/world";
import { DUMMY_HASH, newSessionId, verifyPassword } from "./credentials.ts";

/** A session ends 30 minutes after login; the user logs in again after that. */
export const SESSION_TTL_SECONDS = 30 * 60;

const sessionKey = (sid: string) => `session:${sid}`;

/** The value of cookie `name` in the request's Cookie header, or null. */
function readCookie(req: HttpRequest, name: string): string | null {
  for (const part of (req.headers["cookie"] ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return null;
}

// One answer for an unknown email and for a wrong password: a login form that says which one
// was wrong tells anyone which emails have accounts.
const INVALID_LOGIN: HttpResponse = { status: 401, body: { error: "invalid email or password" } };
const BAD_REQUEST: HttpResponse = { status: 400, body: { error: "email and password required" } };

async function login(req: HttpRequest): Promise<HttpResponse> {
  // Validate at the edge: strings of sane length, before any query or hashing.
  const { email, password } = (req.body ?? {}) as { email?: unknown; password?: unknown };
  if (typeof email !== "string" || typeof password !== "string") return BAD_REQUEST;
  if (email.length > 254 || password.length > 1024) return BAD_REQUEST;

  const { rows } = await db.query<{ id: number; password_hash: string }>(
    "SELECT id, password_hash FROM users WHERE email = $1",
    [email.trim().toLowerCase()],
  );
  const user = rows[0];
  // Hash even when the email is unknown, so both failures cost the same time.
  const passwordOk = verifyPassword(password, user?.password_hash ?? DUMMY_HASH);
  if (!user || !passwordOk) return INVALID_LOGIN;

  // Always a fresh, random id, never one the browser sent: an attacker who planted a session
  // id in the victim's browser (session fixation) must not end up logged in as the victim.
  const sid = newSessionId();
  await cache.set(sessionKey(sid), String(user.id), "EX", SESSION_TTL_SECONDS);
  return {
    status: 204,
    headers: {
      // HttpOnly: page scripts (and XSS) cannot read it. Secure: never sent over plain HTTP.
      // SameSite=Lax: not sent on other sites' form posts (CSRF).
      "set-cookie": `sid=${sid}; HttpOnly; Secure; SameSite=Lax; Path=/; Max-Age=${SESSION_TTL_SECONDS}`,
    },
  };
}

async function logout(req: HttpRequest): Promise<HttpResponse> {
  // Revoke on the server: clearing the cookie alone leaves the session usable by anyone who
  // copied it.
  const sid = readCookie(req, "sid");
  if (sid) await cache.del(sessionKey(sid));
  return {
    status: 204,
    headers: { "set-cookie": "sid=; HttpOnly; Secure; SameSite=Lax; Path=/; Max-Age=0" },
  };
}

/** GET /me: who is logged in. Given. */
async function me(req: HttpRequest): Promise<HttpResponse> {
  const sid = readCookie(req, "sid");
  const userId = sid ? await cache.get(sessionKey(sid)) : null;
  if (!userId) return { status: 401, body: { error: "not logged in" } };
  const { rows } = await db.query("SELECT id, email, name FROM users WHERE id = $1", [
    Number(userId),
  ]);
  return rows[0]
    ? { status: 200, body: rows[0] }
    : { status: 401, body: { error: "not logged in" } };
}

export const app: Handler = async (req) => {
  if (req.method === "POST" && req.path === "/login") return login(req);
  if (req.method === "POST" && req.path === "/logout") return logout(req);
  if (req.method === "GET" && req.path === "/me") return me(req);
  return { status: 404, body: { error: "not found" } };
};
