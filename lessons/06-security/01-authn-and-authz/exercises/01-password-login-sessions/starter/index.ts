import { cache, db } from "@pillars/world";
import type { Handler, HttpRequest, HttpResponse } from "@pillars/world";
// credentials.ts is given: verifyPassword, DUMMY_HASH and newSessionId.
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

async function login(req: HttpRequest): Promise<HttpResponse> {
  // TODO: validate the body: email and password must be strings (answer 400 otherwise).
  const { email, password } = req.body as { email: string; password: string };

  const { rows } = await db.query<{ id: number; password_hash: string }>(
    "SELECT id, password_hash FROM users WHERE email = $1",
    [email.trim().toLowerCase()],
  );
  const user = rows[0];
  // TODO: these two answers tell anyone which emails have an account. Give one 401 for both
  // (and verify against DUMMY_HASH when the user is unknown, so both take as long).
  if (!user) return { status: 404, body: { error: "no account with this email" } };
  if (!verifyPassword(password, user.password_hash)) {
    return { status: 401, body: { error: "wrong password" } };
  }

  // TODO: this id is guessable (sess-1, sess-2, ...) and never expires. Use newSessionId(),
  // store it with a TTL of SESSION_TTL_SECONDS, and set the cookie with HttpOnly, Secure
  // and SameSite.
  const sid = `sess-${user.id}`;
  await cache.set(sessionKey(sid), String(user.id));
  return { status: 204, headers: { "set-cookie": `sid=${sid}; Path=/` } };
}

async function logout(req: HttpRequest): Promise<HttpResponse> {
  // TODO: this only asks the browser to forget the cookie. Anyone who copied the session id
  // can still use it: delete the session on the server too.
  return { status: 204, headers: { "set-cookie": "sid=; Path=/; Max-Age=0" } };
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
