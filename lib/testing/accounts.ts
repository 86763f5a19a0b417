// Real accounts for route tests: better-auth over a test store, provided to the runtime, with
// helpers that sign up through its HTTP handler (as a browser would) and return the cookie.
import { createAuth } from "../auth/auth.ts";
import type { Auth } from "../auth/auth.ts";
import type { Role } from "../auth/roles.ts";
import { provide } from "../runtime.ts";
import type { Store } from "../store/db.ts";
import { setRoleByEmail } from "../auth/users.ts";

export const TEST_ORIGIN = "http://pillars.test";
export const TEST_PASSWORD = "correct horse battery";

export interface TestAccount {
  id: string;
  email: string;
  cookie: string;
}

export interface TestAccounts {
  auth: Auth;
  signUp(email: string, role?: Role): Promise<TestAccount>;
}

/** Just the `name=value` pairs of Set-Cookie headers, as a browser sends them back. */
export function cookieOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

export function authRequest(path: string, body: unknown, headers: Record<string, string> = {}) {
  return new Request(`${TEST_ORIGIN}/api/auth${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: TEST_ORIGIN, ...headers },
    body: JSON.stringify(body),
  });
}

export function testAccounts(
  store: Store,
  options: { signInPerMinute?: number; baseURL?: string } = {},
): TestAccounts {
  const auth = createAuth({
    db: store.db as never,
    dialect: store.dialect,
    secret: "test-secret-0123456789abcdef-0123456789",
    baseURL: options.baseURL ?? TEST_ORIGIN,
    signInPerMinute: options.signInPerMinute ?? 1000,
  });
  provide("auth", auth);
  return {
    auth,
    async signUp(email, role = "learner") {
      const response = await auth.handler(
        authRequest("/sign-up/email", { email, password: TEST_PASSWORD, name: email }),
      );
      if (!response.ok) throw new Error(`sign-up failed: ${response.status}`);
      const { user } = (await response.json()) as { user: { id: string } };
      if (role !== "learner") await setRoleByEmail(store.db, email, role);
      return { id: user.id, email, cookie: cookieOf(response) };
    },
  };
}
