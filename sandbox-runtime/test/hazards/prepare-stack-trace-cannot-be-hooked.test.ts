import { expect, test } from "vitest";
import { runInProcess } from "../../src/index.ts";
import { exercise, expectNextRunPasses } from "../helpers.ts";

// Error.prepareStackTrace receives call sites whose getFunction()/getThis() would hand out the
// harness's functions. Error is frozen before learner code runs, so the hook cannot be set, and
// all guest code is strict, where call sites do not expose functions anyway.
test("learner code cannot install Error.prepareStackTrace or reach harness frames", async () => {
  const result = await runInProcess(
    exercise(
      `let installed = "no";
try { (Error as any).prepareStackTrace = (_e: unknown, frames: any[]) => frames.map((f) => f.getFunction()); installed = "yes"; } catch (e) { installed = (e as Error).name; }
try { Object.defineProperty(Error, "prepareStackTrace", { value: () => "hooked" }); installed += "+defined"; } catch (e) { installed += "+" + (e as Error).name; }
export function frames(): string { return installed + ":" + typeof (Error as any).prepareStackTrace + ":" + typeof new Error("x").stack; }
export function caller(): string { try { return typeof (caller as any).caller; } catch (e) { return (e as Error).name; } }`,
      `test("hook refused", () => { expect(learner.frames()).toBe("TypeError+TypeError:undefined:string"); });
test("no caller", () => { expect(learner.caller()).toBe("TypeError"); });
test("still graded", () => { expect(1).toBe(2); });`,
    ),
  );
  expect(result.tests.map((t) => t.status)).toEqual(["passed", "passed", "failed"]);
  await expectNextRunPasses();
});
