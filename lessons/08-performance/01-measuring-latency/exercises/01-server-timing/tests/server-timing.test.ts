import { test, expect, world, beforeEach } from "@pillars/test";
import { handler, serverTimingHeader, timed } from "@pillars/learner";

// The shipping service: 50 ms of network plus 60 ms to look the parcel up.
function shippingUp() {
  world.http.route("GET", "https://shipping.test/tracking", async () => {
    await world.clock.sleep(60);
    return { status: 200, body: { carrier: "DHL", status: "in transit" } };
  });
}

let logsBefore = 0;
beforeEach(() => {
  shippingUp();
  logsBefore = world.logs().length;
});

/** Structured warn lines written since the test started, parsed. */
function newWarnings(): Record<string, unknown>[] {
  return world
    .logs()
    .slice(logsBefore)
    .filter((line) => line.level === "warn")
    .map((line) => {
      try {
        return JSON.parse(line.message) as Record<string, unknown>;
      } catch {
        return { unparsed: line.message };
      }
    });
}

test("the order page still answers with the order, its items and tracking", async () => {
  const res = await world.http.request(handler, { method: "GET", path: "/orders/5040" });
  expect(res.status, "status of GET /orders/5040").toBe(200);
  expect(res.body, "body of GET /orders/5040").toEqual({
    id: 5040,
    status: "shipped",
    totalCents: 13450,
    items: [
      { sku: "FLT-100", name: "Paper filters, pack of 100", quantity: 3 },
      { sku: "GRN-01", name: "Burr grinder", quantity: 1 },
      { sku: "JUG-600", name: "Milk jug, 600 ml", quantity: 1 },
    ],
    tracking: { carrier: "DHL", status: "in transit" },
  });
});

test("Server-Timing lists each step of a shipped order, then the total", async () => {
  const res = await world.http.request(handler, { method: "GET", path: "/orders/5040" });
  expect(res.headers?.["server-timing"], "server-timing header of a shipped order").toBe(
    "order;dur=2.0, items;dur=2.0, tracking;dur=110.0, total;dur=114.0",
  );
});

test("a delivered order has no tracking step, and its total is the two queries", async () => {
  const res = await world.http.request(handler, { method: "GET", path: "/orders/5041" });
  expect(res.body?.tracking, "tracking of a delivered order").toBeNull();
  expect(res.headers?.["server-timing"], "server-timing header of a delivered order").toBe(
    "order;dur=2.0, items;dur=2.0, total;dur=4.0",
  );
});

test("a missing order's 404 carries Server-Timing too", async () => {
  const res = await world.http.request(handler, { method: "GET", path: "/orders/9999" });
  expect(res.status, "status of GET /orders/9999").toBe(404);
  expect(res.headers?.["server-timing"], "server-timing header of the 404").toBe(
    "order;dur=2.0, total;dur=2.0",
  );
});

test("a slow request is logged once, with its total and its slowest step", async () => {
  await world.http.request(handler, { method: "GET", path: "/orders/5040" });
  const warnings = newWarnings();
  expect(warnings.length, "warn lines for one 114 ms request").toBe(1);
  expect(warnings[0], "the slow-request line").toMatchObject({
    msg: "slow request",
    path: "/orders/5040",
    totalMs: 114,
    slowestStep: "tracking",
  });
});

test("a fast request is not logged as slow", async () => {
  await world.http.request(handler, { method: "GET", path: "/orders/5041" });
  expect(newWarnings(), "warn lines for one 4 ms request").toEqual([]);
});

test("timed records a step that fails, and passes its error on", async () => {
  const timings: { name: string; durationMs: number }[] = [];
  await expect
    .rejects(
      timed(timings, "charge", async () => {
        await world.clock.sleep(30);
        throw new Error("card declined");
      }),
    )
    .toThrow("card declined");
  expect(timings, "timings after a step that failed after 30 ms").toEqual([
    { name: "charge", durationMs: 30 },
  ]);
});

test("serverTimingHeader rounds to one decimal and ends with the total", () => {
  expect(
    serverTimingHeader(
      [
        { name: "db", durationMs: 12.345 },
        { name: "cache", durationMs: 0.5 },
      ],
      20,
    ),
    "serverTimingHeader([db 12.345, cache 0.5], 20)",
  ).toBe("db;dur=12.3, cache;dur=0.5, total;dur=20.0");
});
