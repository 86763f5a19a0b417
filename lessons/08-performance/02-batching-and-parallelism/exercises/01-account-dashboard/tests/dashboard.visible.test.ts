import { test, expect, world } from "@pillars/test";
import { getDashboard } from "@pillars/learner";

test("the dashboard is complete and as fast as its slowest branch", async () => {
  // Each simulated service takes 50 ms of network plus its own work (shown in sleep).
  world.http.route("GET", "https://loyalty.test/points", async () => {
    await world.clock.sleep(30);
    return { status: 200, body: { points: 1240 } };
  });
  world.http.route("GET", "https://support.test/tickets", async () => {
    await world.clock.sleep(40);
    return { status: 200, body: { tickets: [{ id: 88, subject: "Grinder arrived scratched" }] } };
  });
  world.http.route("GET", "https://recs.test/recommendations", async () => {
    await world.clock.sleep(80);
    return { status: 200, body: { productIds: [12, 3] } };
  });
  world.http.route("GET", "https://catalog.test/products", async (req) => {
    await world.clock.sleep(20);
    const ids = String(req.query.ids).split(",").map(Number); // "12,3" -> [12, 3]
    const products = [
      { id: 3, name: "Paper filters, pack of 100", priceCents: 550 },
      { id: 12, name: "Burr grinder", priceCents: 8900 },
    ].filter((p) => ids.includes(p.id)); // answered in id order
    return { status: 200, body: { products } };
  });

  const started = world.clock.now();
  const dashboard = await getDashboard(1);
  expect(dashboard.user.name, "user name").toBe("Ada Okafor");
  expect(dashboard.loyaltyPoints, "loyalty points").toBe(1240);
  expect(
    dashboard.recommendations.map((p: { id: number }) => p.id),
    "recommended product ids, in ranked order",
  ).toEqual([12, 3]);
  expect(
    world.clock.now() - started,
    "virtual ms (recommendations 130 then catalog 70: nothing can beat 200)",
  ).toBeLessThanOrEqual(210);
});
