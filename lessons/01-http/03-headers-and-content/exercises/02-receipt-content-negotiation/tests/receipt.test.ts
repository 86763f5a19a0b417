import { test, expect, world } from "@pillars/test";
import type { HttpResponse } from "@pillars/world";
import { handler } from "@pillars/learner";

/** Header names are case-insensitive in HTTP: find one whatever case the handler used. */
function header(res: HttpResponse, name: string): string | undefined {
  const headers = res.headers ?? {};
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : headers[key];
}

function receipt(accept?: string, orderId = 1042) {
  const headers: Record<string, string> = accept === undefined ? {} : { accept };
  return world.http.request(handler, {
    method: "GET",
    path: `/orders/${orderId}/receipt`,
    headers,
  });
}

/** "application/json" or "text/csv" from a Content-Type such as "text/csv; charset=utf-8". */
async function chosenType(accept: string): Promise<string> {
  const res = await receipt(accept);
  if (res.status !== 200) return `status ${res.status}`;
  return (header(res, "Content-Type") ?? "none").split(";")[0]!.trim().toLowerCase();
}

const JSON_RECEIPT = {
  orderId: 1042,
  lines: [
    { sku: "MUG-01", name: "Espresso cup", quantity: 2, unitPriceCents: 1200 },
    { sku: "KETTLE-9", name: "Pour-over kettle", quantity: 1, unitPriceCents: 4900 },
  ],
  totalCents: 7300,
};

test("without an Accept header the receipt is JSON", async () => {
  const res = await receipt();
  expect(res.status, "status").toBe(200);
  expect(header(res, "Content-Type"), "Content-Type").toMatch("application/json");
  expect(res.body, "JSON receipt of order 1042").toEqual(JSON_RECEIPT);
});

test("the CSV has a header row and one row per line, in order", async () => {
  const res = await receipt("text/csv");
  const rows = String(res.body)
    .split(/\r?\n/)
    .filter((row) => row !== "");
  expect(rows, "CSV rows of order 1042").toEqual([
    "sku,name,quantity,unit_price_cents",
    "MUG-01,Espresso cup,2,1200",
    "KETTLE-9,Pour-over kettle,1,4900",
  ]);
});

test("quality values decide between the two formats", async () => {
  const cases: [string, string][] = [
    ["text/csv;q=0.9, application/json;q=0.5", "text/csv"],
    ["application/json;q=0.4, text/csv;q=0.8", "text/csv"],
    ["text/csv;q=0.3, application/json", "application/json"],
    ["Text/CSV ; q=0.7, application/json ; q=0.2", "text/csv"],
    ["application/json, text/csv", "application/json"],
  ];
  for (const [accept, expected] of cases) {
    expect(await chosenType(accept), `type chosen for Accept: ${accept}`).toBe(expected);
  }
});

test("wildcards match, and a more specific range overrides them", async () => {
  const cases: [string, string][] = [
    ["*/*", "application/json"],
    ["text/*", "text/csv"],
    ["text/html, text/*;q=0.5", "text/csv"],
    ["*/*;q=0.5, application/json;q=0", "text/csv"],
    ["application/*, text/csv;q=0.9", "application/json"],
  ];
  for (const [accept, expected] of cases) {
    expect(await chosenType(accept), `type chosen for Accept: ${accept}`).toBe(expected);
  }
});

test("406 with the supported types when nothing acceptable is left", async () => {
  for (const accept of [
    "application/xml",
    "text/html, image/*",
    "application/json;q=0, text/csv;q=0",
  ]) {
    const res = await receipt(accept);
    expect(res.status, `status for Accept: ${accept}`).toBe(406);
    expect(header(res, "Content-Type"), `Content-Type of the 406 for Accept: ${accept}`).toMatch(
      "application/json",
    );
    const supported = (res.body as { supported?: unknown } | undefined)?.supported;
    expect(supported, `body.supported of the 406 for Accept: ${accept}`).toEqual([
      "application/json",
      "text/csv",
    ]);
  }
});

test("every answer carries Vary: Accept", async () => {
  for (const accept of [undefined, "text/csv", "application/xml"]) {
    const res = await receipt(accept);
    expect(header(res, "Vary") ?? "", `Vary header for Accept: ${accept ?? "(none)"}`).toMatch(
      /(^|,)\s*accept\s*(,|$)/i,
    );
  }
});

test("an order that does not exist is 404", async () => {
  const res = await receipt("application/json", 999);
  expect(res.status, "status for GET /orders/999/receipt").toBe(404);
});
