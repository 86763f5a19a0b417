import { test, expect, world, beforeEach } from "@pillars/test";
import { handler, withTimeout } from "@pillars/learner";

const RECS = "https://recs.test/recommendations";
const socks = { id: 2, name: "Merino running socks, 3 pairs" };
const vest = { id: 3, name: "Hydration vest, 5 l" };
const torch = { id: 4, name: "Head torch, 400 lumen" };

/** The recommendations service, answering `items` after `delayMs` of virtual time. */
function recsAnswer(items: unknown[], delayMs = 0) {
  world.http.route("GET", RECS, async () => {
    if (delayMs > 0) await world.clock.sleep(delayMs);
    return { status: 200, body: { items } };
  });
}

/** GET /products/:id, with the virtual time it took. */
async function page(id: number) {
  const started = world.clock.now();
  const res = await world.http.request(handler, { method: "GET", path: `/products/${id}` });
  return { res, elapsed: world.clock.now() - started };
}

beforeEach(async () => {
  const keys = await world.cache.keys("*");
  if (keys.length > 0) await world.cache.del(...keys);
});

test("a healthy service: the page shows its recommendations and is not degraded", async () => {
  recsAnswer([socks, vest]);
  const { res } = await page(1);
  expect(res.status, "status of GET /products/1").toBe(200);
  expect(res.body, "the product page").toEqual({
    product: { id: 1, name: "Trail running shoes", priceCents: 12900 },
    recommendations: [socks, vest],
    degraded: [],
  });
});

test("a service that answers 503 is a fallback at once, without waiting for the timeout", async () => {
  world.http.route("GET", RECS, () => ({ status: 503, body: { error: "overloaded" } }));
  const { res, elapsed } = await page(5);
  expect(res.status, "status of the page while recommendations answer 503").toBe(200);
  expect(res.body, "the degraded page").toMatchObject({
    product: { id: 5 },
    recommendations: [],
    degraded: ["recommendations"],
  });
  expect(elapsed, "virtual ms the page took (the 503 came after 50 ms)").toBeLessThan(200);
});

test("a network error is a fallback too, not a failed page", async () => {
  world.http.route("GET", RECS, () => {
    throw new Error("connect ECONNRESET");
  });
  const { res } = await page(6);
  expect(res.status, "status of the page while recommendations are unreachable").toBe(200);
  expect(res.body, "the degraded page").toMatchObject({
    recommendations: [],
    degraded: ["recommendations"],
  });
});

test("a slow service: the last good list is served once the 200 ms timeout passes", async () => {
  recsAnswer([socks, torch]);
  await page(3);
  recsAnswer([vest], 5_000);
  const { res, elapsed } = await page(3);
  expect(res.body, "the page while recommendations take 5 s").toMatchObject({
    recommendations: [socks, torch],
    degraded: ["recommendations"],
  });
  expect(elapsed, "virtual ms the page took").toBeGreaterThanOrEqual(200);
  expect(elapsed, "virtual ms the page took").toBeLessThan(260);
});

test("a slow service is called once per page view: no retries inside the request", async () => {
  recsAnswer([socks], 5_000);
  const before = world.http.calls().length;
  await page(2);
  expect(world.http.calls().length - before, "calls to recs.test for one page view").toBe(1);
});

test("once the service recovers, fresh recommendations replace the fallback", async () => {
  recsAnswer([socks]);
  await page(4);
  recsAnswer([], 5_000);
  await page(4);
  recsAnswer([vest, socks]);
  const recovered = await page(4);
  expect(recovered.res.body, "the page after recovery").toMatchObject({
    recommendations: [vest, socks],
    degraded: [],
  });
  recsAnswer([], 5_000);
  const slowAgain = await page(4);
  expect(
    slowAgain.res.body,
    "the page when the service is slow again: the newest good list",
  ).toMatchObject({ recommendations: [vest, socks], degraded: ["recommendations"] });
});

test("an unknown product is a 404, whatever the recommendations service does", async () => {
  recsAnswer([socks], 5_000);
  const { res } = await page(999);
  expect(res.status, "status of GET /products/999").toBe(404);
});

test("withTimeout: resolves with a fast result, rejects after exactly ms for a slow one", async () => {
  const fast = await withTimeout(
    world.clock.sleep(30).then(() => "fast"),
    100,
  );
  expect(fast, "withTimeout(a 30 ms promise, 100)").toBe("fast");
  const started = world.clock.now();
  let rejected = false;
  try {
    await withTimeout(new Promise(() => {}), 100);
  } catch {
    rejected = true;
  }
  expect(rejected, "withTimeout(a promise that never settles, 100) rejected").toBe(true);
  expect(world.clock.now() - started, "virtual ms before the rejection").toBe(100);
});
