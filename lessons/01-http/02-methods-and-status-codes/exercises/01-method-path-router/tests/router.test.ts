import { test, expect, world } from "@pillars/test";
import type { HttpRequest, HttpResponse } from "@pillars/world";
import { createRouter } from "@pillars/learner";

type Params = Record<string, string>;

/** Every handler answers with its own name and what it was given. */
function named(route: string) {
  return (req: HttpRequest, params: Params): HttpResponse => ({
    status: 200,
    headers: { "X-Route": route },
    body: { route, params, method: req.method },
  });
}

const api = createRouter([
  {
    method: "GET",
    pattern: "/health",
    handle: () => ({ status: 204, headers: { "X-Up": "yes" } }),
  },
  { method: "GET", pattern: "/users/me", handle: named("me") },
  { method: "GET", pattern: "/users/:userId", handle: named("show-user") },
  { method: "DELETE", pattern: "/users/:userId", handle: named("delete-user") },
  { method: "GET", pattern: "/users/:userId/orders/:orderId", handle: named("show-order") },
  { method: "POST", pattern: "/users/:userId/orders", handle: named("create-order") },
  { method: "GET", pattern: "/files/:name", handle: named("file") },
  {
    method: "GET",
    pattern: "/slow",
    handle: async () => {
      await world.clock.sleep(5);
      return { status: 200, body: { route: "slow" } };
    },
  },
]);

/** Header names are case-insensitive in HTTP: find one whatever case the handler used. */
function header(res: HttpResponse, name: string): string | undefined {
  const headers = res.headers ?? {};
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : headers[key];
}

function send(method: string, path: string) {
  return world.http.request(api, { method, path });
}

test("passes the route handler's response through unchanged", async () => {
  const res = await send("GET", "/health");
  expect(res.status, "status set by the /health handler").toBe(204);
  expect(header(res, "X-Up"), "header set by the /health handler").toBe("yes");
});

test("the same path with different methods reaches different handlers", async () => {
  const shown = await send("GET", "/users/7");
  const deleted = await send("DELETE", "/users/7");
  expect(shown.body, "GET /users/7").toMatchObject({ route: "show-user", params: { userId: "7" } });
  expect(deleted.body, "DELETE /users/7").toMatchObject({
    route: "delete-user",
    params: { userId: "7" },
  });
});

test("captures every named parameter in the path", async () => {
  const res = await send("GET", "/users/7/orders/1042");
  expect(res.body, "body from GET /users/7/orders/1042").toMatchObject({
    route: "show-order",
    params: { userId: "7", orderId: "1042" },
  });
});

test("the first registered route that matches wins", async () => {
  const res = await send("GET", "/users/me");
  expect(res.body, "GET /users/me, where /users/me is listed before /users/:userId").toMatchObject({
    route: "me",
  });
});

test("waits for handlers that return a promise", async () => {
  const res = await send("GET", "/slow");
  expect(res.status, "status from an async handler").toBe(200);
  expect(res.body, "body from an async handler").toEqual({ route: "slow" });
});

test("percent-decodes parameters, and answers 400 for broken encoding", async () => {
  const ok = await send("GET", "/files/summer%20sale.pdf");
  expect(ok.body, "params for /files/summer%20sale.pdf").toMatchObject({
    params: { name: "summer sale.pdf" },
  });
  const bad = await send("GET", "/files/%E0%A4%A");
  expect(bad.status, "status for /files/%E0%A4%A (not valid percent-encoding)").toBe(400);
});

test("404 with a JSON error for unknown paths, including near misses", async () => {
  for (const path of ["/orders", "/users/7/orders/1042/items", "/users/", "/users/7/"]) {
    const res = await send("GET", path);
    expect(res.status, `status for GET ${path}`).toBe(404);
    expect(header(res, "Content-Type"), `Content-Type of the 404 for ${path}`).toMatch(
      "application/json",
    );
    expect(typeof res.body, `body of the 404 for ${path} (a JSON object)`).toBe("object");
  }
});

test("405 with an Allow header listing the methods the path supports", async () => {
  const res = await send("PUT", "/users/7");
  expect(res.status, "status for PUT /users/7 (the path exists, the method does not)").toBe(405);
  const allow = (header(res, "Allow") ?? "")
    .split(",")
    .map((m) => m.trim())
    .filter((m) => m !== "")
    .sort();
  expect(allow, "methods in the Allow header for /users/7").toEqual(["DELETE", "GET"]);

  const orders = await send("GET", "/users/7/orders");
  expect(orders.status, "status for GET /users/7/orders (only POST is routed)").toBe(405);
  expect(header(orders, "Allow"), "Allow header for /users/7/orders").toBe("POST");
});
