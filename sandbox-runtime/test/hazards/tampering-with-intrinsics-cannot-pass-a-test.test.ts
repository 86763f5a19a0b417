import { expect, test } from "vitest";
import { runInProcess } from "../../src/index.ts";
import { exercise, expectNextRunPasses } from "../helpers.ts";

// The prelude freezes every intrinsic and locks the global bindings before learner code runs,
// so what tests and the harness call (Array.prototype.map, Promise, JSON, Object.is, ...) is
// what the engine put there. Each attempt below throws; the test must still fail.
test("overriding intrinsics, Promise or JSON cannot turn a failing test into a pass", async () => {
  const result = await runInProcess(
    exercise(
      `const attempts: Record<string, string> = {};
function attempt(name: string, fn: () => void) { try { fn(); attempts[name] = "changed"; } catch (e) { attempts[name] = (e as Error).name; } }
attempt("Array.prototype.map", () => { (Array.prototype as any).map = () => [42]; });
attempt("Promise.prototype.then", () => { (Promise.prototype as any).then = function (ok: any) { ok(42); }; });
attempt("Promise", () => { (globalThis as any).Promise = class {}; });
attempt("JSON.stringify", () => { (JSON as any).stringify = () => "42"; });
attempt("Object.is", () => { (Object as any).is = () => true; });
attempt("Object.keys", () => { Object.defineProperty(Object, "keys", { value: () => [] }); });
attempt("Object.prototype", () => { (Object.prototype as any).toJSON = () => 42; });
attempt("Symbol.hasInstance", () => { Object.defineProperty(Function.prototype, Symbol.hasInstance, { value: () => true }); });
attempt("globalThis.expect", () => { (globalThis as any).expect = () => ({ toBe() {} }); });
export const report = () => attempts;
export const answer = () => 41;`,
      `test("the answer", () => { expect([learner.answer()].map((x: number) => x)).toEqual([42]); });
test("the answer, awaited", async () => { expect(await Promise.resolve(learner.answer())).toBe(42); });
test("attempts", () => { expect(JSON.stringify(Object.values(learner.report()))).toBe(JSON.stringify(Array(8).fill("TypeError").concat(["changed"]))); });`,
    ),
  );
  expect(result.tests.map((t) => t.status)).toEqual(["failed", "failed", "passed"]);
  expect(result.verdict).toBe("failed");
  await expectNextRunPasses();
});

test("learner code has no way to report a test as passed", async () => {
  const result = await runInProcess(
    exercise(
      `const g = globalThis as any;
export const visible = () => Object.getOwnPropertyNames(g).filter((k) => /pillars|host|harness|test|expect|done|report/i.test(k));
export async function cheat() { for (const k of Object.getOwnPropertyNames(g)) { try { g[k]?.done?.(0, null); } catch {} } }`,
      `test("cheats", async () => { await learner.cheat(); expect(learner.visible()).toEqual([]); expect(1).toBe(2); });`,
    ),
  );
  expect(result.tests[0]?.status).toBe("failed");
  expect(result.tests[0]?.message).toContain("Expected: 2");
  await expectNextRunPasses();
});
