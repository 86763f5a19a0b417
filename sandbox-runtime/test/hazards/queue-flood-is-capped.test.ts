import { expect, test } from "vitest";
import { runInProcess } from "../../src/index.ts";
import { exercise, expectNextRunPasses } from "../helpers.ts";

// End to end through the engine (the queue module's own tests cover the cap in depth): sending
// without end is refused ("queue full") at limits.queueLength, never by exhausting the host.
test("sending past the queue length is refused and the run ends cleanly", async () => {
  const result = await runInProcess(
    exercise(
      `import { queue } from "@pillars/world";
export async function flood(): Promise<number> {
  let sent = 0;
  try { for (;;) { await queue.send("jobs", { n: sent }); sent++; } } catch { return sent; }
}`,
      `test("flood", async () => { expect(await learner.flood()).toBe(100); });`,
      { limits: { queueLength: 100 } },
    ),
  );
  expect(result.verdict).toBe("passed");
  await expectNextRunPasses();
});
