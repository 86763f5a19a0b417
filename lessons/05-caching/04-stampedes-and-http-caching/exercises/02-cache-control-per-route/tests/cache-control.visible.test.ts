import { test, expect, world } from "@pillars/test";
import { shopHandler } from "@pillars/learner";

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

test("a customer's cart is never stored by a shared cache such as a CDN", async () => {
  const res = await world.http.request(shopHandler, {
    method: "GET",
    path: "/me/cart",
    headers: { "x-user-id": "7" },
  });
  expect(res.status, "status of GET /me/cart for customer 7").toBe(200);
  expect(cachePolicy(res).sharedMayStore, "may a CDN store customer 7's cart?").toBe(false);
});
