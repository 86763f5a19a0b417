// The code cache must make the repeated compile consume V8's data (else it is dead weight),
// and a script compiled from cached data must behave as the source says.
import ivm from "isolated-vm";
import { expect, test } from "vitest";
import { compileCached } from "./script-cache.ts";

type Compiled = ivm.Script & { cachedDataRejected?: boolean };

function compileAndRun(code: string): { script: Compiled; result: unknown } {
  const isolate = new ivm.Isolate({ memoryLimit: 16 });
  try {
    const context = isolate.createContextSync();
    const script: Compiled = compileCached(isolate, code, "file:///cached.js");
    return { script, result: script.runSync(context, { copy: true }) };
  } finally {
    isolate.dispose();
  }
}

test("the third compile of the same source consumes cached data and runs the same", () => {
  const code = `(() => { const double = (n) => n * 2; return [1, 2, 3].map(double).join(","); })()`;
  const first = compileAndRun(code);
  const second = compileAndRun(code);
  const third = compileAndRun(code);
  expect([first.result, second.result, third.result]).toEqual(["2,4,6", "2,4,6", "2,4,6"]);
  // Only a compile that was handed cached data reports whether V8 took it.
  expect(first.script.cachedDataRejected).toBeUndefined();
  expect(second.script.cachedDataRejected).toBeUndefined();
  expect(third.script.cachedDataRejected).toBe(false);
});

test("different sources never share cached data", () => {
  const a = `(() => "a" + 1)()`;
  const b = `(() => "b" + 2)()`;
  for (let i = 0; i < 3; i++) expect(compileAndRun(a).result).toBe("a1");
  expect(compileAndRun(b).result).toBe("b2");
  expect(compileAndRun(b).script.cachedDataRejected).toBeUndefined();
  expect(compileAndRun(b).result).toBe("b2");
});
