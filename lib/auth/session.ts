// The one place the app asks "who is signed in?": better-auth's session for the request's
// cookie, read from the database on every call (no cache, so revocation is immediate).
import { fromRuntime } from "../runtime.ts";
import type { Role } from "./roles.ts";
import { parseRole } from "./roles.ts";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export async function getSessionUser(request: Request): Promise<SessionUser | null> {
  return sessionUserFromHeaders(request.headers);
}

/** For server components, which have the request's headers (next/headers) but no Request. */
export async function sessionUserFromHeaders(headers: Headers): Promise<SessionUser | null> {
  if (!headers.get("cookie")) return null;
  const session = await fromRuntime("auth").api.getSession({ headers });
  if (!session) return null;
  const { id, email, name, role } = session.user as typeof session.user & { role?: unknown };
  return { id, email, name, role: parseRole(role) };
}
