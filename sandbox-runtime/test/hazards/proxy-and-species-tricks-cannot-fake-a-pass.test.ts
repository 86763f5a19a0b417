import { expect, test } from "vitest";
import { runInProcess } from "../../src/index.ts";
import { exercise, expectNextRunPasses } from "../helpers.ts";

// expect() copies the received value in the guest (through the frozen harness) and the host
// compares the copy: a proxy that answers anything, a revoked proxy or a lying species cannot
// make a comparison succeed, and cannot crash the harness.
test("proxies and Symbol.species tricks fail their tests instead of passing them", async () => {
  const result = await runInProcess(
    exercise(
      `export function anything(): any {
  const p: any = new Proxy({}, { get: () => p, has: () => true, ownKeys: () => [], getOwnPropertyDescriptor: () => undefined });
  return p;
}
export function revoked(): any { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; }
export function liar(): number[] {
  class Liar extends Array<number> { static get [Symbol.species]() { return function () { return Object.freeze([2, 4, 6]); }; } }
  return Liar.from([1, 2, 3]);
}
export function thenable(): any { return { then(resolve: (v: unknown) => void) { resolve(1); resolve(2); } }; }`,
      `test("proxy equals an object", () => { expect(learner.anything()).toEqual({ a: 1 }); });
test("proxy has a property", () => { expect(learner.anything()).toHaveProperty("a"); });
test("revoked proxy", () => { expect(learner.revoked()).toEqual({}); });
test("species", () => { expect(learner.liar().map((x: number) => x * 2)).toEqual([2, 4, 6]); });
test("thenable resolves once", async () => { expect(await learner.thenable()).toBe(1); });`,
    ),
  );
  expect(result.tests.map((t) => [t.name, t.status])).toEqual([
    ["proxy equals an object", "failed"],
    ["proxy has a property", "failed"],
    ["revoked proxy", "failed"],
    ["species", "failed"],
    ["thenable resolves once", "passed"],
  ]);
  await expectNextRunPasses();
});
