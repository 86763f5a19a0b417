import { test, expect, world } from "@pillars/test";
import { fetchThumbnails, mapWithLimit } from "@pillars/learner";

/** A task that takes `ms` virtual ms and records how many tasks overlap. */
function tracked() {
  const state = { inFlight: 0, peak: 0, started: [] as number[] };
  const task = async (ms: number, index: number): Promise<string> => {
    state.started.push(index);
    state.inFlight++;
    state.peak = Math.max(state.peak, state.inFlight);
    await world.clock.sleep(ms);
    state.inFlight--;
    return `done-${index}`;
  };
  return { state, task };
}

/** The image service: 100 ms per thumbnail, 429 past 4 requests in flight. */
function imageService(failId?: number) {
  const state = { inFlight: 0, peak: 0 };
  world.http.route("GET", "https://images.test/thumbnail", async (req) => {
    const id = Number(req.query.id);
    state.inFlight++;
    state.peak = Math.max(state.peak, state.inFlight);
    try {
      if (state.inFlight > 4) return { status: 429, body: { error: "too many requests" } };
      await world.clock.sleep(100);
      if (id === failId) return { status: 500, body: { error: "resize failed" } };
      return { status: 200, body: { id, url: `https://cdn.test/thumbs/${id}.webp` } };
    } finally {
      state.inFlight--;
    }
  });
  return state;
}

test("results come back in input order even when later items finish first", async () => {
  const { task } = tracked();
  const durations = [500, 400, 300, 200, 100];
  const results = await mapWithLimit(durations, 5, task);
  expect(results, "results of 5 tasks, the slowest first").toEqual([
    "done-0",
    "done-1",
    "done-2",
    "done-3",
    "done-4",
  ]);
});

test("never more than `limit` calls are in flight, and all `limit` slots are used", async () => {
  const { state, task } = tracked();
  await mapWithLimit([50, 80, 30, 60, 90, 20, 70, 40, 10, 100], 3, task);
  expect(state.peak, "most calls in flight at once with limit 3").toBe(3);
  expect(state.started.length, "calls made for 10 items").toBe(10);
});

test("starts the next item as soon as any slot frees, not after the whole batch", async () => {
  const { task } = tracked();
  const startedAt = world.clock.now();
  await mapWithLimit([300, 100, 100, 100, 100, 100], 2, task);
  expect(
    world.clock.now() - startedAt,
    "virtual ms for tasks of 300, 100, 100, 100, 100, 100 ms with limit 2 (a pool needs 400; batches of 2 need 500)",
  ).toBeLessThanOrEqual(400);
});

test("a limit above the number of items runs them all at once", async () => {
  const { state, task } = tracked();
  const startedAt = world.clock.now();
  await mapWithLimit([100, 100, 100], 10, task);
  expect(state.peak, "calls in flight at once for 3 items with limit 10").toBe(3);
  expect(world.clock.now() - startedAt, "virtual ms for three 100 ms tasks").toBeLessThanOrEqual(
    100,
  );
});

test("rejects with the first error and starts no new items after it", async () => {
  const { state, task } = tracked();
  const failing = async (ms: number, index: number) => {
    if (index === 1) {
      state.started.push(index);
      await world.clock.sleep(50);
      throw new Error("thumbnail 1: resize failed");
    }
    return task(ms, index);
  };
  await expect
    .rejects(mapWithLimit([100, 0, 100, 100, 100, 100], 2, failing))
    .toThrow("resize failed");
  await world.clock.advance(1_000); // let calls already running finish
  expect(state.started.length, "items started (item 1 failed while item 0 was running)").toBe(2);
});

test("an empty list resolves to [] and a limit that is not a positive integer is refused", async () => {
  const { state, task } = tracked();
  expect(await mapWithLimit([], 3, task), "mapWithLimit([], 3, fn)").toEqual([]);
  expect(state.started.length, "calls made for an empty list").toBe(0);
  await expect.rejects(mapWithLimit([1, 2], 0, task)).toThrow();
  await expect.rejects(mapWithLimit([1, 2], 1.5, task)).toThrow();
  expect(state.started.length, "calls made when the limit is invalid").toBe(0);
});

test("fetchThumbnails keeps 4 requests in flight and returns thumbnails in order", async () => {
  const service = imageService();
  const ids = [31, 12, 47, 5, 18, 22, 9, 40, 3, 27];
  const startedAt = world.clock.now();
  const thumbnails = await fetchThumbnails(ids);
  expect(
    thumbnails.map((t: { id: number }) => t.id),
    "ids of the thumbnails returned",
  ).toEqual(ids);
  expect(thumbnails[0], "first thumbnail").toEqual({
    id: 31,
    url: "https://cdn.test/thumbs/31.webp",
  });
  expect(service.peak, "most requests in flight at the image service").toBe(4);
  expect(
    world.clock.now() - startedAt,
    "virtual ms for 10 thumbnails of 150 ms each, 4 at a time",
  ).toBeLessThanOrEqual(450);
});

test("fetchThumbnails rejects when the image service fails for one id", async () => {
  await world.clock.advance(1_000); // requests left over from an earlier test finish first
  imageService(47);
  await expect.rejects(fetchThumbnails([31, 12, 47, 5])).toThrow("47");
});
