import { expect, test } from "vitest";
import { runInProcess } from "../../src/index.ts";
import { exercise, expectNextRunPasses } from "../helpers.ts";

test("unbounded recursion fails the test with a RangeError, the harness survives", async () => {
  const result = await runInProcess(
    exercise(
      `export function down(n: number): number { return down(n + 1) + 1; }\nexport const ok = () => 2;`,
      `test("recurses", () => { expect(learner.down(0)).toBe(1); });\ntest("after", () => { expect(learner.ok()).toBe(2); });`,
    ),
  );
  expect(result.tests[0]?.message).toMatch(/RangeError: Maximum call stack size exceeded/);
  expect(result.tests[1]).toEqual({ name: "after", status: "passed" });
  await expectNextRunPasses();
});

test("recursion that exhausts the stack inside a world call's continuation is contained", async () => {
  const result = await runInProcess(
    exercise(
      `import { cache } from "@pillars/world";\nconst deep = (n: number): number => deep(n + 1);\nexport async function go() { await cache.get("k"); return deep(0); }`,
      `test("go", async () => { await learner.go(); });`,
    ),
  );
  expect(result.verdict).toBe("failed");
  expect(result.tests[0]?.message).toMatch(/RangeError/);
  await expectNextRunPasses();
});
