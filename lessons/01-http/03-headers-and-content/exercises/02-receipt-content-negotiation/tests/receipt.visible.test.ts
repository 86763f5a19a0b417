import { test, expect, world } from "@pillars/test";
import { handler } from "@pillars/learner";

test("Accept: text/csv gets the receipt as CSV", async () => {
  const res = await world.http.request(handler, {
    method: "GET",
    path: "/orders/1043/receipt",
    headers: { accept: "text/csv" },
  });
  expect(res.status, "status").toBe(200);
  expect(res.headers?.["Content-Type"] ?? res.headers?.["content-type"], "Content-Type").toMatch(
    /^text\/csv/,
  );
  const rows = String(res.body)
    .split(/\r?\n/)
    .filter((row) => row !== "");
  expect(rows, "CSV rows of order 1043").toEqual([
    "sku,name,quantity,unit_price_cents",
    "GRIND-3,Burr grinder,1,12900",
  ]);
});
