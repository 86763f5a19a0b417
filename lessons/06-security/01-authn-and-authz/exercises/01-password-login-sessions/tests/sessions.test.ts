import { test, expect, world } from "@pillars/test";
import { app } from "@pillars/learner";
import type { HttpResponse } from "@pillars/world";

const ADA = { email: "ada@example.com", password: "correct horse battery staple" };

function header(res: HttpResponse, name: string): string | undefined {
  return Object.entries(res.headers ?? {}).find(([k]) => k.toLowerCase() === name)?.[1];
}

function login(body: unknown, cookie?: string) {
  const headers: Record<string, string> = cookie ? { cookie } : {};
  return world.http.request(app, { method: "POST", path: "/login", headers, body });
}

/** The sid a login response sets, or undefined. */
function sidOf(res: HttpResponse): string | undefined {
  return /(?:^|[;,]\s*)sid=([^;]*)/i.exec(header(res, "set-cookie") ?? "")?.[1];
}

function me(sid: string) {
  return world.http.request(app, { method: "GET", path: "/me", headers: { cookie: `sid=${sid}` } });
}

async function loggedIn(): Promise<string> {
  const res = await login(ADA);
  const sid = sidOf(res);
  if (!sid) expect.fail(`login as Ada answered ${res.status} without a sid cookie`);
  return sid;
}

test("the session cookie is HttpOnly, Secure and SameSite", async () => {
  const res = await login(ADA);
  const cookie = header(res, "set-cookie") ?? "";
  expect(cookie, "Set-Cookie after a successful login").toMatch(/;\s*HttpOnly/i);
  expect(cookie, "Set-Cookie after a successful login").toMatch(/;\s*Secure/i);
  expect(cookie, "Set-Cookie after a successful login").toMatch(/;\s*SameSite=(Lax|Strict)/i);
});

test("an unknown email and a wrong password get the very same answer", async () => {
  const unknown = await login({ email: "nobody@example.com", password: "whatever123" });
  const wrong = await login({ email: "ada@example.com", password: "whatever123" });
  expect(unknown.status, "status for an unknown email").toBe(401);
  expect(wrong.status, "status for a wrong password").toBe(401);
  expect(wrong.body, "body for a wrong password vs an unknown email").toEqual(unknown.body);
  expect(sidOf(wrong), "session cookie after a failed login").toBeUndefined();
});

test("session ids are long, random and new at every login", async () => {
  const first = await loggedIn();
  const second = await loggedIn();
  expect(first.length, "characters in a session id").toBeGreaterThanOrEqual(32);
  expect(second, "session id of a second login by the same user").not.toBe(first);
  expect(first.toLowerCase(), "session id").not.toContain("ada");
});

test("a session id planted before login is replaced, not adopted (session fixation)", async () => {
  const planted = "attacker0chosen0session0id0000000000000000";
  const res = await login(ADA, `sid=${planted}`);
  expect(sidOf(res), "sid set by a login that arrived with a planted sid").not.toBe(planted);
  expect((await me(planted)).status, "GET /me with the planted sid").toBe(401);
});

test("logout revokes the session on the server, not only in the browser", async () => {
  const sid = await loggedIn();
  await world.http.request(app, {
    method: "POST",
    path: "/logout",
    headers: { cookie: `sid=${sid}` },
  });
  expect((await me(sid)).status, "GET /me replaying the cookie after logout").toBe(401);
});

test("a session ends 30 minutes after login", async () => {
  const sid = await loggedIn();
  await world.clock.advance(29 * 60_000);
  expect((await me(sid)).status, "GET /me 29 minutes after login").toBe(200);
  await world.clock.advance(2 * 60_000);
  expect((await me(sid)).status, "GET /me 31 minutes after login").toBe(401);
});

test("the password is never stored in the cache or written to the logs", async () => {
  await loggedIn();
  await login({ email: "grace@example.com", password: "correct horse battery staple" });
  for (const key of await world.cache.keys("*")) {
    const value = await world.cache.get(key).catch(() => "");
    expect(value ?? "", `cache value of ${key}`).not.toContain("horse");
  }
  const lines = world.logs().map((l) => l.message);
  expect(lines.join("\n"), "console and log output").not.toContain("horse");
});

test("a body without string email and password is a 400", async () => {
  for (const body of [undefined, { email: 5, password: "x" }, { email: "ada@example.com" }]) {
    const res = await login(body);
    expect(res.status, `status for POST /login with body ${JSON.stringify(body)}`).toBe(400);
  }
});
