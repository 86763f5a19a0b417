import { test, expect, world } from "@pillars/test";
import type { HttpResponse } from "@pillars/world";
import { handler } from "@pillars/learner";

function get(path: string): Promise<HttpResponse> {
  return world.http.request(handler, { method: "GET", path });
}

/** Header names are case-insensitive in HTTP: find one whatever case the handler used. */
function header(res: HttpResponse, name: string): string | undefined {
  const headers = res.headers ?? {};
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : headers[key];
}

test("v1 still answers exactly as it did, price as a decimal string", async () => {
  const cases: [number, unknown][] = [
    [1, { id: 1, name: "Espresso beans, 1 kg", price: "24.50", currency: "EUR" }],
    [2, { id: 2, name: "Paper filters, pack of 100", price: "5.00", currency: "EUR" }],
    [3, { id: 3, name: "Burr grinder", price: "1234.05", currency: "EUR" }],
  ];
  for (const [id, expected] of cases) {
    const res = await get(`/v1/products/${id}`);
    expect(res.status, `status of GET /v1/products/${id}`).toBe(200);
    expect(res.body, `body of GET /v1/products/${id} (unchanged v1 shape)`).toEqual(expected);
  }
});

test("v1 still hides discontinued products", async () => {
  const res = await get("/v1/products/4");
  expect(res.status, "status of GET /v1/products/4 (discontinued)").toBe(404);
});

test("v2 sends money as integer cents with its currency", async () => {
  const res = await get("/v2/products/3");
  expect(res.status, "status of GET /v2/products/3").toBe(200);
  expect(res.body, "body of GET /v2/products/3").toEqual({
    id: 3,
    name: "Burr grinder",
    price: { amountCents: 123405, currency: "EUR" },
    discontinued: false,
  });
  const gbp = await get("/v2/products/5");
  expect((gbp.body as { price?: unknown }).price, "price of product 5 in v2").toEqual({
    amountCents: 5000,
    currency: "GBP",
  });
});

test("v2 shows discontinued products, marked discontinued: true", async () => {
  const res = await get("/v2/products/4");
  expect(res.status, "status of GET /v2/products/4 (discontinued)").toBe(200);
  expect(res.body, "body of GET /v2/products/4").toEqual({
    id: 4,
    name: "Travel mug",
    price: { amountCents: 1599, currency: "USD" },
    discontinued: true,
  });
});

test("every v1 answer announces its deprecation, its sunset and its successor", async () => {
  const res = await get("/v1/products/2");
  expect(header(res, "Deprecation"), "Deprecation header of a v1 answer").toBe("@1772323200");
  expect(header(res, "Sunset"), "Sunset header of a v1 answer").toBe(
    "Tue, 01 Sep 2026 00:00:00 GMT",
  );
  const link = header(res, "Link") ?? "";
  expect(link, "Link header of a v1 answer").toContain("</v2/products/2>");
  expect(link, "Link header of a v1 answer").toContain('rel="successor-version"');

  const v2 = await get("/v2/products/2");
  expect(header(v2, "Deprecation"), "Deprecation header of a v2 answer").toBeUndefined();
  expect(header(v2, "Sunset"), "Sunset header of a v2 answer").toBeUndefined();
});

test("both versions show the same data: a price change appears in each", async () => {
  await world.db.query("UPDATE products SET price_cents = 2600 WHERE id = 2");
  const v1 = await get("/v1/products/2");
  const v2 = await get("/v2/products/2");
  expect((v1.body as { price?: unknown }).price, "v1 price after the change to 2600").toBe("26.00");
  expect(
    (v2.body as { price?: { amountCents?: unknown } }).price?.amountCents,
    "v2 amountCents",
  ).toBe(2600);
});

test("unknown versions, paths and products answer 404 problem+json", async () => {
  for (const path of ["/v3/products/1", "/products/1", "/v2/products/999", "/v2/products/abc"]) {
    const res = await get(path);
    expect(res.status, `status of GET ${path}`).toBe(404);
    expect(header(res, "Content-Type") ?? "", `Content-Type of GET ${path}`).toMatch(
      /^application\/problem\+json/,
    );
  }
});
