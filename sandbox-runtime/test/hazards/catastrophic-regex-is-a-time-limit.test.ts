import { expect, test } from "vitest";
import { runInProcess } from "../../src/index.ts";
import { exercise, expectNextRunPasses, TIGHT } from "../helpers.ts";

test("exponential backtracking in learner code ends as time_limit", async () => {
  const result = await runInProcess(
    exercise(
      `export const valid = (s: string) => /^(a+)+$/.test(s);`,
      `test("rejects a near match", () => { expect(learner.valid("a".repeat(40) + "!")).toBe(false); });`,
      { limits: TIGHT },
    ),
  );
  expect(result.verdict).toBe("time_limit");
  await expectNextRunPasses();
});
