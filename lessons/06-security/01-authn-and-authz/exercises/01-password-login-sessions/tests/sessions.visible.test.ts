import { test, expect, world } from "@pillars/test";
import { app } from "@pillars/learner";

test("log in, then GET /me with the session cookie", async () => {
  const res = await world.http.request(app, {
    method: "POST",
    path: "/login",
    body: { email: "ada@example.com", password: "correct horse battery staple" },
  });
  const setCookie = Object.entries(res.headers ?? {}).find(
    ([name]) => name.toLowerCase() === "set-cookie",
  )?.[1];
  const sid = /sid=([^;]*)/.exec(setCookie ?? "")?.[1];
  expect(sid, "the sid cookie set by a successful login").toBeDefined();
  const me = await world.http.request(app, {
    method: "GET",
    path: "/me",
    headers: { cookie: `sid=${sid}` },
  });
  expect(me.status, "status of GET /me with the cookie").toBe(200);
  expect(me.body, "who GET /me says is logged in").toEqual({
    id: 1,
    email: "ada@example.com",
    name: "Ada Lovelace",
  });
});
