import { expect, test } from "vitest";
import { runInProcess } from "../../src/index.ts";
import { exercise, expectNextRunPasses } from "../helpers.ts";

test("a test awaiting a promise nothing will resolve fails at once, and later tests still run", async () => {
  const result = await runInProcess(
    exercise(
      `export const wait = () => new Promise<void>(() => {});\nexport const ok = () => 1;`,
      `test("waits forever", async () => { await learner.wait(); expect(1).toBe(1); });\ntest("after", () => { expect(learner.ok()).toBe(1); });`,
      // A wall limit far above what the run takes: nothing waits for real.
      { limits: { wallMs: 60_000 } },
    ),
  );
  expect(result.verdict).toBe("failed");
  expect(result.tests[0]?.status).toBe("failed");
  expect(result.tests[0]?.message).toMatch(/never finished/);
  expect(result.tests[1]?.status).toBe("passed");
  expect(result.usage.wallMs).toBeLessThan(60_000);
  await expectNextRunPasses();
});
