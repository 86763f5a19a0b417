import { test, expect, world, beforeEach } from "@pillars/test";
import { app, rateLimited } from "@pillars/learner";
import type { HttpResponse } from "@pillars/world";

function get(apiKey: string) {
  return world.http.request(app, {
    method: "GET",
    path: "/events",
    headers: { "x-api-key": apiKey },
  });
}

function retryAfter(res: HttpResponse): string | undefined {
  return Object.entries(res.headers ?? {}).find(([k]) => k.toLowerCase() === "retry-after")?.[1];
}

/** Statuses of `n` requests sent one after another, e.g. [200, 200, 429]. */
async function burst(apiKey: string, n: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < n; i++) statuses.push((await get(apiKey)).status);
  return statuses;
}

beforeEach(async () => {
  const keys = await world.cache.keys("*");
  if (keys.length > 0) await world.cache.del(...keys);
});

test("a burst of 5 passes and the 6th gets 429 with Retry-After in whole seconds", async () => {
  expect(await burst("key-burst", 5), "statuses of the first 5 requests").toEqual([
    200, 200, 200, 200, 200,
  ]);
  const sixth = await get("key-burst");
  expect(sixth.status, "status of the 6th request in the same instant").toBe(429);
  const seconds = retryAfter(sixth);
  expect(seconds, "Retry-After header of the 429").toMatch(/^\d+$/);
  expect(Number(seconds), "Retry-After seconds (a token comes every 10 s)").toBeGreaterThanOrEqual(
    1,
  );
  expect(Number(seconds), "Retry-After seconds (a token comes every 10 s)").toBeLessThanOrEqual(10);
});

test("waiting Retry-After seconds earns exactly one more request", async () => {
  await burst("key-wait", 5);
  const refused = await get("key-wait");
  await world.clock.advance(Number(retryAfter(refused)) * 1000);
  expect(await burst("key-wait", 2), "statuses of 2 requests after waiting Retry-After").toEqual([
    200, 429,
  ]);
});

test("a refused request never reaches the handler", async () => {
  let calls = 0;
  const guarded = rateLimited(() => {
    calls++;
    return { status: 200, body: "ok" };
  });
  for (let i = 0; i < 8; i++) {
    await world.http.request(guarded, {
      method: "GET",
      path: "/events",
      headers: { "x-api-key": "key-handler" },
    });
  }
  expect(calls, "times the handler ran for 8 requests in one instant").toBe(5);
});

test("each API key has its own bucket", async () => {
  await burst("key-greedy", 6);
  expect((await get("key-polite")).status, "status for another key").toBe(200);
});

test("an idle bucket refills to 5 tokens, never more", async () => {
  await burst("key-idle", 5);
  await world.clock.advance(10 * 60_000);
  expect(await burst("key-idle", 6), "statuses of 6 requests after 10 idle minutes").toEqual([
    200, 200, 200, 200, 200, 429,
  ]);
});

test("one request every 10 seconds is never limited, one every 5 seconds is", async () => {
  const steady: number[] = [];
  for (let i = 0; i < 12; i++) {
    steady.push((await get("key-steady")).status);
    await world.clock.advance(10_000);
  }
  expect(steady.filter((s) => s === 429).length, "429s at one request per 10 s").toBe(0);
  const fast: number[] = [];
  for (let i = 0; i < 16; i++) {
    fast.push((await get("key-fast")).status);
    await world.clock.advance(5_000);
  }
  expect(
    fast.filter((s) => s === 429).length,
    "429s at one request per 5 s, over 80 s",
  ).toBeGreaterThan(0);
});

test("buckets live in the shared cache and expire when idle", async () => {
  await burst("key-shared", 6);
  const keys = await world.cache.keys("*");
  expect(keys.length, "cache keys after one client's requests").toBeGreaterThan(0);
  for (const key of keys) {
    expect(await world.cache.pttl(key), `ms left on cache key ${key}`).toBeGreaterThan(0);
  }
  // Another instance of the API would see the same cache: clearing it clears the limit.
  await world.cache.del(...keys);
  expect((await get("key-shared")).status, "status once the cached bucket is gone").toBe(200);
  await world.clock.advance(10 * 60_000);
  expect(await world.cache.keys("*"), "cache keys after 10 idle minutes").toEqual([]);
});
