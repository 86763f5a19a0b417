import { test, expect, world } from "@pillars/test";
import type { HttpResponse } from "@pillars/world";
import { handler } from "@pillars/learner";

/** Header names are case-insensitive in HTTP: find one whatever case the handler used. */
function header(res: HttpResponse, name: string): string | undefined {
  const headers = res.headers ?? {};
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : headers[key];
}

function get(path: string, ifNoneMatch?: string) {
  const headers: Record<string, string> =
    ifNoneMatch === undefined ? {} : { "if-none-match": ifNoneMatch };
  return world.http.request(handler, { method: "GET", path, headers });
}

async function etagOf(path: string): Promise<string> {
  return header(await get(path), "ETag") ?? "(no ETag header)";
}

test("200 carries the product as JSON, a quoted ETag and Cache-Control: no-cache", async () => {
  const res = await get("/products/1");
  expect(res.status, "status for GET /products/1").toBe(200);
  expect(header(res, "Content-Type"), "Content-Type").toMatch("application/json");
  expect(res.body, "body").toEqual({ id: 1, name: "Espresso cup", priceCents: 1200 });
  expect(header(res, "ETag"), "ETag (a strong entity tag: a quoted string, no W/ prefix)").toMatch(
    /^"[^"]+"$/,
  );
  expect(header(res, "Cache-Control"), "Cache-Control").toMatch("no-cache");
});

test("the ETag stays the same while the product does not change, and differs per product", async () => {
  const a = await etagOf("/products/1");
  const b = await etagOf("/products/1");
  expect(b, "ETag of a second GET /products/1").toBe(a);
  expect(await etagOf("/products/2"), "ETag of product 2 compared with product 1's").not.toBe(a);
});

test("304 has no body and repeats the ETag and Cache-Control", async () => {
  const etag = await etagOf("/products/1");
  const res = await get("/products/1", etag);
  expect(res.status, "status when If-None-Match is the current ETag").toBe(304);
  expect(res.body ?? null, "body of the 304 (a 304 never has one)").toBeNull();
  expect(header(res, "ETag"), "ETag on the 304").toBe(etag);
  expect(header(res, "Cache-Control"), "Cache-Control on the 304").toMatch("no-cache");
});

test("after the product changes, the old ETag gets 200 with the new data and a new ETag", async () => {
  const old = await etagOf("/products/2");
  await world.db.query(
    "UPDATE products SET price_cents = 3900, version = version + 1 WHERE id = 2",
  );
  const res = await get("/products/2", old);
  expect(res.status, "status for a stale If-None-Match after a price change").toBe(200);
  expect(res.body, "body after the price change").toMatchObject({ priceCents: 3900 });
  const fresh = header(res, "ETag");
  expect(fresh, "ETag after the price change").not.toBe(old);

  const again = await get("/products/2", fresh);
  expect(again.status, "status when If-None-Match is the new ETag").toBe(304);
});

test("If-None-Match may list several tags, weak tags, or *", async () => {
  const etag = await etagOf("/products/3");
  const cases: [string, number][] = [
    [`"something-old", ${etag}`, 304],
    [`W/${etag}`, 304],
    ["*", 304],
    [`"something-old", "another-old"`, 200],
  ];
  for (const [ifNoneMatch, status] of cases) {
    const res = await get("/products/3", ifNoneMatch);
    expect(res.status, `status for If-None-Match: ${ifNoneMatch}`).toBe(status);
  }
});

test("a product that does not exist is 404, whatever If-None-Match says", async () => {
  const plain = await get("/products/404");
  expect(plain.status, "status for GET /products/404").toBe(404);
  const star = await get("/products/404", "*");
  expect(star.status, "status for GET /products/404 with If-None-Match: *").toBe(404);
});
