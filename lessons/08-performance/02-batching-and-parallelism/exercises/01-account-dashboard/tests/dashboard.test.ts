import { test, expect, world, beforeEach } from "@pillars/test";
import { getDashboard } from "@pillars/learner";

// The simulated services, with how long each takes on top of the 50 ms network round trip:
// loyalty 30 ms, recommendations 80 ms, catalog 20 ms, support 40 ms. The slowest branch is
// recommendations then catalog: 130 + 70 = 200 virtual ms. Everything else fits beside it.
const PRODUCTS = [
  { id: 3, name: "Paper filters, pack of 100", priceCents: 550 },
  { id: 7, name: "Milk jug, 600 ml", priceCents: 1250 },
  { id: 12, name: "Burr grinder", priceCents: 8900 },
  { id: 40, name: "Travel mug", priceCents: 2200 },
];
const RANKED = [12, 3, 40, 7];

function recommendationsUp() {
  world.http.route("GET", "https://recs.test/recommendations", async (req) => {
    await world.clock.sleep(80);
    return { status: 200, body: { productIds: req.query.user === "1" ? RANKED : [] } };
  });
}

/** (Re)defines every service: tests run on one world, and a test may replace one. */
function servicesUp() {
  world.http.route("GET", "https://loyalty.test/points", async (req) => {
    await world.clock.sleep(30);
    return { status: 200, body: { points: req.query.user === "1" ? 1240 : 0 } };
  });
  world.http.route("GET", "https://catalog.test/products", async (req) => {
    await world.clock.sleep(20);
    const ids = String(req.query.ids ?? "")
      .split(",")
      .map(Number);
    return { status: 200, body: { products: PRODUCTS.filter((p) => ids.includes(p.id)) } };
  });
  world.http.route("GET", "https://support.test/tickets", async (req) => {
    await world.clock.sleep(40);
    const tickets =
      req.query.user === "1" && req.query.status === "open"
        ? [
            { id: 88, subject: "Grinder arrived scratched" },
            { id: 91, subject: "Change delivery address" },
          ]
        : [];
    return { status: 200, body: { tickets } };
  });
  recommendationsUp();
}

let callsBefore = 0;
beforeEach(() => {
  servicesUp();
  callsBefore = world.http.calls().length;
  world.db.resetCounters();
});

function newCallsTo(prefix: string): number {
  return world.http
    .calls()
    .slice(callsBefore)
    .filter((c) => c.url.startsWith(prefix)).length;
}

test("the dashboard holds every section for a known user", async () => {
  const dashboard = await getDashboard(1);
  expect(dashboard.user, "user").toEqual({ id: 1, name: "Ada Okafor", email: "ada@example.com" });
  expect(
    dashboard.recentOrders.map((o: { id: number }) => o.id),
    "ids of the recent orders, newest first, at most 5",
  ).toEqual([507, 506, 505, 504, 502]);
  expect(dashboard.recentOrders[0], "the newest order").toEqual({
    id: 507,
    totalCents: 3100,
    placedAt: "2026-01-27T16:47:00Z",
  });
  expect(dashboard.unreadNotifications, "unread notifications (from the cache)").toBe(3);
  expect(dashboard.loyaltyPoints, "loyalty points").toBe(1240);
  expect(dashboard.openTickets, "open support tickets").toBe(2);
});

test("the page takes as long as its slowest branch, not the sum of all calls", async () => {
  const started = world.clock.now();
  await getDashboard(1);
  expect(
    world.clock.now() - started,
    "virtual ms for the dashboard (slowest branch: recommendations 130 + catalog 70 = 200)",
  ).toBeLessThanOrEqual(210);
});

test("recommended products are looked up with one catalog request", async () => {
  const dashboard = await getDashboard(1);
  expect(newCallsTo("https://catalog.test/"), "catalog requests for 4 recommended products").toBe(
    1,
  );
  expect(dashboard.recommendations, "recommended products").toHaveLength(4);
});

test("recommendations keep the order the recommendation service ranked them in", async () => {
  const dashboard = await getDashboard(1);
  expect(
    dashboard.recommendations.map((p: { id: number }) => p.id),
    "ids of the recommended products (ranked 12, 3, 40, 7; the catalog answers in id order)",
  ).toEqual(RANKED);
  expect(dashboard.recommendations[0], "the top recommendation").toEqual({
    id: 12,
    name: "Burr grinder",
    priceCents: 8900,
  });
});

test("no recommendations means no catalog request", async () => {
  const dashboard = await getDashboard(2);
  expect(dashboard.recommendations, "recommendations for a user with none").toEqual([]);
  expect(newCallsTo("https://catalog.test/"), "catalog requests for zero products").toBe(0);
  expect(dashboard.recentOrders, "recent orders of user 2").toHaveLength(1);
});

test("the page still loads, without recommendations, when that service is down", async () => {
  world.http.route("GET", "https://recs.test/recommendations", async () => {
    await world.clock.sleep(10);
    return { status: 503, body: { error: "recommendations unavailable" } };
  });
  const dashboard = await getDashboard(1);
  expect(dashboard, "the dashboard when recommendations fail").toBeTruthy();
  expect(dashboard.recommendations, "recommendations when that service is down").toEqual([]);
  expect(dashboard.loyaltyPoints, "loyalty points (unaffected)").toBe(1240);
  expect(dashboard.openTickets, "open tickets (unaffected)").toBe(2);
});

test("an unknown user gets null", async () => {
  expect(await getDashboard(99), "getDashboard(99)").toBeNull();
});
