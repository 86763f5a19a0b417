import { test, expect, world } from "@pillars/test";
import { shopHandler } from "@pillars/learner";
import type { HttpRequest } from "@pillars/world";

type Res = { headers?: Record<string, string> };

// Header names are case-insensitive: accept "Cache-Control", "cache-control", ...
function header(res: Res, name: string): string | undefined {
  return Object.entries(res.headers ?? {}).find(([k]) => k.toLowerCase() === name)?.[1];
}

// What a browser (a private cache) and a CDN (a shared cache) would do with a response,
// following RFC 9111. Several spellings of one policy grade the same.
function cachePolicy(res: Res) {
  const directives = new Map<string, string>();
  for (const part of (header(res, "cache-control") ?? "").split(",")) {
    const [name = "", value = ""] = part.trim().toLowerCase().split("=");
    if (name) directives.set(name, value.replace(/"/g, ""));
  }
  const seconds = (name: string) => {
    const value = directives.get(name);
    return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
  };
  const maxAge = seconds("max-age");
  const sMaxAge = seconds("s-maxage");
  const noStore = directives.has("no-store");
  const revalidateEachTime = directives.has("no-cache");
  // A 200 is storable by default (RFC 9111, 3 and 4.2.2): only private or no-store keep a
  // shared cache out, even when no freshness lifetime is given.
  const sharedMayStore = !noStore && !directives.has("private");
  return {
    browserMayStore: !noStore,
    browserFreshSeconds: noStore || revalidateEachTime ? 0 : (maxAge ?? 0),
    sharedMayStore,
    sharedFreshSeconds: !sharedMayStore || revalidateEachTime ? 0 : (sMaxAge ?? maxAge ?? 0),
    immutable: directives.has("immutable"),
  };
}

function send(method: string, path: string, headers: HttpRequest["headers"] = {}) {
  return world.http.request(shopHandler, { method, path, headers });
}

test("a CDN may reuse a product response for exactly 60 seconds", async () => {
  const policy = cachePolicy(await send("GET", "/products/1"));
  expect(policy.sharedMayStore, "may a CDN store GET /products/1?").toBe(true);
  expect(policy.sharedFreshSeconds, "seconds a CDN may serve it without asking").toBe(60);
});

test("a browser reuses a product response for at most 60 seconds", async () => {
  const policy = cachePolicy(await send("GET", "/products/2"));
  expect(policy.browserFreshSeconds, "seconds a browser may reuse GET /products/2").toBeGreaterThan(
    0,
  );
  expect(
    policy.browserFreshSeconds,
    "seconds a browser may reuse GET /products/2",
  ).toBeLessThanOrEqual(60);
});

test("product responses tell caches that they vary by Accept-Language", async () => {
  const res = await send("GET", "/products/1", { "accept-language": "fr-FR,fr;q=0.9" });
  expect(res.body, "product 1 for a French reader").toMatchObject({ name: "Café en grains, 1 kg" });
  const vary = (header(res, "vary") ?? "").split(",").map((v) => v.trim().toLowerCase());
  expect(vary, "header names listed in Vary").toContain("accept-language");
});

test("the browser must check with the server before showing a cart again", async () => {
  const res = await send("GET", "/me/cart", { "x-user-id": "8" });
  expect(res.body, "cart of customer 8").toMatchObject({ userId: 8 });
  expect(
    cachePolicy(res).browserFreshSeconds,
    "seconds a browser may show the cart without asking",
  ).toBe(0);
});

test("fingerprinted assets stay fresh for a year and are immutable", async () => {
  const policy = cachePolicy(await send("GET", "/assets/app.3f9a1c2b.js"));
  expect(
    policy.sharedFreshSeconds,
    "seconds a CDN may serve app.3f9a1c2b.js",
  ).toBeGreaterThanOrEqual(31_536_000);
  expect(
    policy.browserFreshSeconds,
    "seconds a browser may reuse app.3f9a1c2b.js",
  ).toBeGreaterThanOrEqual(31_536_000);
  expect(policy.immutable, "is app.3f9a1c2b.js marked immutable?").toBe(true);
});

test("assets without a fingerprint are cached for 5 minutes at most", async () => {
  const policy = cachePolicy(await send("GET", "/assets/theme.css"));
  expect(policy.browserFreshSeconds, "seconds a browser may reuse theme.css").toBeLessThanOrEqual(
    300,
  );
  expect(policy.sharedFreshSeconds, "seconds a CDN may serve theme.css").toBeLessThanOrEqual(300);
});

test("checkout responses are stored nowhere", async () => {
  const res = await send("POST", "/checkout", { "x-user-id": "7" });
  expect(res.status, "status of POST /checkout").toBe(201);
  expect(cachePolicy(res).browserMayStore, "may the browser store a checkout response?").toBe(
    false,
  );
});

test("error responses are stored nowhere", async () => {
  const notFound = await send("GET", "/products/999");
  const signedOut = await send("GET", "/me/cart");
  expect(notFound.status, "status of GET /products/999").toBe(404);
  expect(signedOut.status, "status of GET /me/cart without x-user-id").toBe(401);
  expect(cachePolicy(notFound).browserMayStore, "may a browser store the 404?").toBe(false);
  expect(cachePolicy(signedOut).browserMayStore, "may a browser store the 401?").toBe(false);
});
