import { expect, test } from "vitest";
import { runInProcess } from "../../src/index.ts";
import { exercise, expectNextRunPasses } from "../helpers.ts";

test("printing without end ends as output_limit with the output capped", async () => {
  const result = await runInProcess(
    exercise(
      `export function flood() { for (let i = 0; ; i++) console.log("line", i, "x".repeat(100)); }`,
      `test("flood", () => { learner.flood(); });`,
      {
        limits: { outputBytes: 4096 },
      },
    ),
  );
  expect(result.verdict).toBe("output_limit");
  const bytes = result.logs.reduce((n, l) => n + Buffer.byteLength(l.message), 0);
  expect(bytes).toBeLessThanOrEqual(4096 + 64);
  expect(result.logs.at(-1)?.message).toMatch(/output limit reached/);
  await expectNextRunPasses();
});

test("one gigantic line is cut in the guest, before it crosses", async () => {
  const result = await runInProcess(
    exercise(
      `export function big() { console.log("y".repeat(20_000_000)); }`,
      `test("big", () => { learner.big(); });`,
      {
        limits: { outputBytes: 1024, memoryMb: 128 },
      },
    ),
  );
  expect(result.verdict).toBe("output_limit");
  expect(result.logs[0]!.message.length).toBeLessThan(2048);
  await expectNextRunPasses();
});

test("structured log floods hit the same cap", async () => {
  const result = await runInProcess(
    exercise(
      `import { log } from "@pillars/world";\nexport function flood() { for (;;) log.info("tick", { pad: "z".repeat(500) }); }`,
      `test("flood", () => { learner.flood(); });`,
      {
        limits: { outputBytes: 2048 },
      },
    ),
  );
  expect(result.verdict).toBe("output_limit");
  await expectNextRunPasses();
});
