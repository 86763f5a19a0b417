import { expect, test } from "vitest";
import { runInProcess } from "../../src/index.ts";
import { exercise, expectNextRunPasses } from "../helpers.ts";

// FinalizationRegistry callbacks run at GC time, outside any entry we time; WeakRef observes GC.
// Neither exists in the guest, nor do SharedArrayBuffer, Atomics or WebAssembly.
test("GC-observing and shared-memory globals are not in the guest", async () => {
  const result = await runInProcess(
    exercise(
      `export const kinds = () => [typeof FinalizationRegistry, typeof WeakRef, typeof SharedArrayBuffer, typeof Atomics, typeof WebAssembly];
export function register() { return new (globalThis as any).FinalizationRegistry(() => { for (;;) {} }); }`,
      `test("absent", () => { expect(learner.kinds()).toEqual(["undefined", "undefined", "undefined", "undefined", "undefined"]); });
test("cannot construct", () => { expect(() => learner.register()).toBeDefined(); learner.register(); });`,
    ),
  );
  expect(result.tests[0]).toEqual({ name: "absent", status: "passed" });
  expect(result.tests[1]?.message).toMatch(/TypeError/);
  await expectNextRunPasses();
});
