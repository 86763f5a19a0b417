import { expect, test } from "vitest";
import { runInProcess } from "../../src/index.ts";
import { exercise, expectNextRunPasses, TIGHT } from "../helpers.ts";

test("a synchronous infinite loop in a test ends as time_limit", async () => {
  const result = await runInProcess(
    exercise(
      `export function spin() { for (;;) {} }`,
      `test("spins", () => { learner.spin(); expect(1).toBe(1); });`,
      { limits: TIGHT },
    ),
  );
  expect(result.verdict).toBe("time_limit");
  expect(result.tests[0]?.status).toBe("failed");
  await expectNextRunPasses();
});

test("an infinite loop at module load ends as time_limit", async () => {
  const result = await runInProcess(
    exercise(
      `while (true) {}\nexport const x = 1;`,
      `test("t", () => { expect(learner.x).toBe(1); });`,
      { limits: TIGHT },
    ),
  );
  expect(result.verdict).toBe("time_limit");
  await expectNextRunPasses();
});
