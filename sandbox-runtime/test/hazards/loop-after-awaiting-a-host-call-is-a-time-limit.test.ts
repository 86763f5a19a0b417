import { expect, test } from "vitest";
import { runInProcess } from "../../src/index.ts";
import { exercise, expectNextRunPasses, TIGHT } from "../helpers.ts";

// The continuation after an await re-enters the isolate from the event loop: it is under a
// timeout too, so the loop cannot escape the limit by starting after a host call.
test("an infinite loop after awaiting a world call ends as time_limit", async () => {
  const result = await runInProcess(
    exercise(
      `import { cache } from "@pillars/world";\nexport async function spin() { await cache.get("k"); for (;;) {} }`,
      `test("spins", async () => { await learner.spin(); expect(1).toBe(1); });`,
      { limits: TIGHT },
    ),
  );
  expect(result.verdict).toBe("time_limit");
  await expectNextRunPasses();
});

test("a microtask loop (await in a loop, never yielding to the host) ends as time_limit", async () => {
  const result = await runInProcess(
    exercise(
      `export async function spin() { for (;;) await null; }`,
      `test("spins", async () => { await learner.spin(); });`,
      { limits: TIGHT },
    ),
  );
  expect(result.verdict).toBe("time_limit");
  await expectNextRunPasses();
});

test("an interval that never stops cannot keep a run alive", async () => {
  const result = await runInProcess(
    exercise(
      `export function forever() { setInterval(() => {}, 1); return new Promise(() => {}); }`,
      `test("waits", async () => { await learner.forever(); });`,
      {
        limits: TIGHT,
      },
    ),
  );
  expect(result.verdict).toBe("time_limit");
  await expectNextRunPasses();
});
