import { describe, expect, test } from "vitest";
import { runInProcess } from "../../src/index.ts";
import { exercise, expectNextRunPasses } from "../helpers.ts";

const BOMBS: Record<string, string> = {
  "array fill": `const a: number[][] = []; for (;;) a.push(new Array(100_000).fill(1));`,
  "huge strings": `const parts: string[] = []; let s = "x".repeat(1 << 20); for (;;) { parts.push(s + parts.length); s = s + s.slice(0, 1 << 16); }`,
};

describe("heap bombs", () => {
  for (const [name, code] of Object.entries(BOMBS)) {
    test(`${name}: memory_limit, and the next run passes`, async () => {
      const result = await runInProcess(
        exercise(
          `export function bomb() { ${code} }`,
          `test("bomb", () => { learner.bomb(); expect(1).toBe(1); });`,
          {
            limits: { memoryMb: 32, cpuMs: 5000, wallMs: 10_000 },
          },
        ),
      );
      expect(result.verdict).toBe("memory_limit");
      expect(result.error).toMatch(/32 MiB/);
      await expectNextRunPasses();
    });
  }

  // Array buffers live outside the V8 heap: isolated-vm's allocator refuses them past the
  // limit with a RangeError. Uncaught (it ends the test or the module's load), that is the
  // memory limit; a program that catches it goes on, as a real one could.
  const TYPED: Record<string, [string, string]> = {
    "in a test": [
      `export function bomb() { const keep: Float64Array[] = []; for (;;) keep.push(new Float64Array(1 << 20)); }`,
      `test("bomb", () => { learner.bomb(); expect(1).toBe(1); });`,
    ],
    "after an await": [
      `import { clock } from "@pillars/world";
export async function bomb() { await clock.sleep(1); const keep: ArrayBuffer[] = []; for (;;) keep.push(new ArrayBuffer(1 << 22)); }`,
      `test("bomb", async () => { await learner.bomb(); expect(1).toBe(1); });`,
    ],
    "one huge buffer at load": [
      `export const big = new Uint8Array(2 ** 36);`,
      `test("never runs", () => { expect(learner.big.length).toBe(0); });`,
    ],
  };
  for (const [name, [learner, tests]] of Object.entries(TYPED)) {
    test(`typed arrays ${name}: memory_limit, and the next run passes`, async () => {
      const result = await runInProcess(exercise(learner, tests, { limits: { memoryMb: 32 } }));
      expect(result.verdict).toBe("memory_limit");
      expect(result.error).toMatch(/32 MiB/);
      await expectNextRunPasses();
    });
  }

  test("typed arrays: a refused allocation that the code catches is not a limit", async () => {
    const result = await runInProcess(
      exercise(
        `export function tryBig() { try { return new Uint8Array(2 ** 36).length; } catch (e) { return (e as Error).name; } }`,
        `test("caught", () => { expect(learner.tryBig()).toBe("RangeError"); });`,
        { limits: { memoryMb: 32 } },
      ),
    );
    expect(result.verdict).toBe("passed");
  });

  test("WebAssembly memory cannot be allocated: WebAssembly does not exist", async () => {
    const result = await runInProcess(
      exercise(
        `export function grow() { return new (globalThis as any).WebAssembly.Memory({ initial: 1, maximum: 65536 }); }`,
        `test("grow", () => { learner.grow(); });`,
      ),
    );
    expect(result.verdict).toBe("failed");
    expect(result.tests[0]?.message).toMatch(/TypeError/);
    await expectNextRunPasses();
  });
});
