// Accounts end to end through better-auth's HTTP handler, on SQLite and PostgreSQL: sign-up,
// cookies, sign-in that does not reveal whether an account exists, rate limits that hold across
// a restart, sessions that survive a restart and can be revoked, change password, roles that
// sign-up cannot choose, and a schema that better-auth agrees is complete.
import { getMigrations } from "better-auth/db/migration";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureLogger } from "../testing/capture-logger.ts";
import {
  TEST_ORIGIN,
  TEST_PASSWORD,
  authRequest,
  cookieOf,
  testAccounts,
} from "../testing/accounts.ts";
import { testStoreKinds } from "../testing/test-stores.ts";
import type { TestStore } from "../testing/test-stores.ts";
import { provide } from "../runtime.ts";
import { getSessionUser } from "./session.ts";
import { findUserByEmail, revokeSessions } from "./users.ts";

const sessionFor = (cookie: string) =>
  new Request(`${TEST_ORIGIN}/api/v1/me`, { headers: { cookie } });

for (const kind of testStoreKinds()) {
  describe(`accounts on ${kind.name}`, () => {
    let t: TestStore;
    beforeAll(async () => {
      provide("logger", captureLogger().logger);
      t = await kind.open();
    });
    afterAll(async () => t?.cleanup());

    it("better-auth's own planner finds nothing missing in our 002-auth migration", async () => {
      const { auth } = testAccounts(t.store);
      const plan = await getMigrations(auth.options);
      expect(plan.toBeCreated.map((x) => x.table)).toEqual([]);
      expect(plan.toBeAdded.map((x) => x.table)).toEqual([]);
    });

    it("signs up with an HttpOnly, SameSite=Lax cookie and a learner role", async () => {
      const { auth } = testAccounts(t.store);
      const response = await auth.handler(
        authRequest("/sign-up/email", {
          email: "Ada@Example.com",
          password: TEST_PASSWORD,
          name: "Ada",
          role: "admin",
        }),
      );
      expect(response.status).toBe(200);
      const setCookie = response.headers.getSetCookie().join("\n");
      expect(setCookie).toMatch(/HttpOnly/i);
      expect(setCookie).toMatch(/SameSite=Lax/i);
      expect(setCookie).not.toMatch(/Secure/i);
      const user = await getSessionUser(sessionFor(cookieOf(response)));
      expect(user).toMatchObject({ email: "ada@example.com", role: "learner" });
      expect((await findUserByEmail(t.store.db, "ada@example.com"))?.role).toBe("learner");
    });

    it("marks cookies Secure when the site is served over https", async () => {
      const { auth } = testAccounts(t.store, { baseURL: "https://pillars.test" });
      const response = await auth.handler(
        new Request("https://pillars.test/api/auth/sign-up/email", {
          method: "POST",
          headers: { "content-type": "application/json", origin: "https://pillars.test" },
          body: JSON.stringify({ email: "sec@example.com", password: TEST_PASSWORD, name: "S" }),
        }),
      );
      expect(response.status).toBe(200);
      expect(response.headers.getSetCookie().join("\n")).toMatch(/; Secure/i);
    });

    it("answers a wrong password and an unknown email identically", async () => {
      const { auth, signUp } = testAccounts(t.store);
      await signUp("known@example.com");
      const wrong = await auth.handler(
        authRequest("/sign-in/email", { email: "known@example.com", password: "not it at all" }),
      );
      const unknown = await auth.handler(
        authRequest("/sign-in/email", { email: "nobody@example.com", password: "not it at all" }),
      );
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(wrong.status);
      expect(await unknown.json()).toEqual(await wrong.json());
      expect(wrong.headers.getSetCookie()).toEqual([]);
    });

    it("refuses sign-in and cookie-carrying posts from another origin", async () => {
      const { auth, signUp } = testAccounts(t.store);
      const mallory = await signUp("csrf@example.com");
      const evil = { origin: "https://evil.example", "sec-fetch-site": "cross-site" };
      const signIn = await auth.handler(
        authRequest(
          "/sign-in/email",
          { email: mallory.email, password: TEST_PASSWORD },
          { ...evil, "sec-fetch-mode": "cors" },
        ),
      );
      expect(signIn.status).toBe(403);
      const change = await auth.handler(
        authRequest(
          "/change-password",
          { currentPassword: TEST_PASSWORD, newPassword: "attacker chosen pass" },
          { ...evil, cookie: mallory.cookie },
        ),
      );
      expect(change.status).toBe(403);
    });

    it("rate limits sign-in per address, and the count survives a restart", async () => {
      const ip = { "x-pillars-client-ip": `10.0.0.${kind.name === "sqlite" ? 1 : 2}` };
      const attempt = (auth: ReturnType<typeof testAccounts>["auth"]) =>
        auth.handler(
          authRequest("/sign-in/email", { email: "rl@example.com", password: "wrong-wrong" }, ip),
        );
      const first = testAccounts(t.store, { signInPerMinute: 3 });
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await attempt(first.auth)).status);
      expect(statuses).toEqual([401, 401, 401]);
      const restarted = testAccounts(t.store, { signInPerMinute: 3 });
      expect((await attempt(restarted.auth)).status).toBe(429);
      const other = await restarted.auth.handler(
        authRequest(
          "/sign-in/email",
          { email: "rl@example.com", password: "wrong-wrong" },
          { "x-pillars-client-ip": "10.9.9.9" },
        ),
      );
      expect(other.status).toBe(401);
    });

    it("keeps sessions across a restart, and ends them on sign-out or revocation", async () => {
      const first = testAccounts(t.store);
      const ada = await first.signUp("sessions@example.com");
      testAccounts(t.store);
      expect((await getSessionUser(sessionFor(ada.cookie)))?.id).toBe(ada.id);

      const restarted = testAccounts(t.store);
      const signOut = await restarted.auth.handler(
        authRequest("/sign-out", {}, { cookie: ada.cookie }),
      );
      expect(signOut.status).toBe(200);
      expect(await getSessionUser(sessionFor(ada.cookie))).toBeNull();

      const again = await restarted.auth.handler(
        authRequest("/sign-in/email", { email: ada.email, password: TEST_PASSWORD }),
      );
      const cookie = cookieOf(again);
      expect((await getSessionUser(sessionFor(cookie)))?.id).toBe(ada.id);
      expect(await revokeSessions(t.store.db, ada.id)).toBe(1);
      expect(await getSessionUser(sessionFor(cookie))).toBeNull();
    });

    it("changes the password: the old one stops working, the new one works", async () => {
      const { auth, signUp } = testAccounts(t.store);
      const bob = await signUp("bob@example.com");
      const change = await auth.handler(
        authRequest(
          "/change-password",
          { currentPassword: TEST_PASSWORD, newPassword: "a brand new passphrase" },
          { cookie: bob.cookie },
        ),
      );
      expect(change.status).toBe(200);
      const old = await auth.handler(
        authRequest("/sign-in/email", { email: bob.email, password: TEST_PASSWORD }),
      );
      expect(old.status).toBe(401);
      const fresh = await auth.handler(
        authRequest("/sign-in/email", { email: bob.email, password: "a brand new passphrase" }),
      );
      expect(fresh.status).toBe(200);
    });

    it("stores a hash, never the password", async () => {
      const { signUp } = testAccounts(t.store);
      const carol = await signUp("carol@example.com");
      const row = await t.store.db
        .selectFrom("account" as never)
        .select(["password" as never])
        .where("userId" as never, "=", carol.id as never)
        .executeTakeFirstOrThrow();
      const hash = String((row as { password: string }).password);
      expect(hash).not.toContain(TEST_PASSWORD);
      expect(hash).toMatch(/^[0-9a-f]+:[0-9a-f]+$/);
    });
  });
}
