import { expect, test } from "vitest";
import { runInProcess } from "../../src/index.ts";
import { exercise, expectNextRunPasses } from "../helpers.ts";

// Tests hand learner code their own callbacks (retry(fn), withLock(fn)): printing one used to
// show the hidden test's source. Every function now prints as native code.
test("a test's callback does not reveal the test's source", async () => {
  const result = await runInProcess(
    exercise(
      `export async function retry<T>(fn: () => Promise<T>): Promise<T> {
  console.log(String(fn), Function.prototype.toString.call(fn), \`\${fn}\`);
  return fn();
}`,
      `test("retries", async () => { const EXPECTED_SECRET = 42; expect(await learner.retry(async () => EXPECTED_SECRET)).toBe(42); });`,
    ),
  );
  expect(result.verdict).toBe("passed");
  expect(JSON.stringify(result)).not.toMatch(/EXPECTED_SECRET/);
  expect(result.logs[0]?.message).toBe(
    "function () { [native code] } function () { [native code] } function () { [native code] }",
  );
  await expectNextRunPasses();
});

// The virtual Date used to subclass the real one, so Object.getPrototypeOf(Date) was the real
// Date, reading real time. Now Date is a function over the real prototype, and Date() without
// `new` (which threw on the subclass) answers the virtual time as a string, as JavaScript does.
test("Date is virtual through every path, and Date() works without new", async () => {
  const result = await runInProcess(
    exercise(
      `export function dates() {
  const Proto = Object.getPrototypeOf(Date);
  let viaProto: string;
  try { viaProto = String(new (Proto as any)().getTime()); } catch (e) { viaProto = (e as Error).name; }
  class Stamp extends Date { label() { return "at " + this.getTime(); } }
  return { now: Date.now(), made: new Date().getTime(), str: Date(), viaProto,
    viaConstructor: new (new Date(0).constructor as DateConstructor)().getTime(),
    sub: new Stamp().label(), isDate: new Stamp() instanceof Date, parse: Date.UTC(2026, 0, 2) };
}`,
      `test("dates", () => { expect(learner.dates()).toEqual({ now: 1767225600000, made: 1767225600000,
  str: new Date(1767225600000).toString(), viaProto: "TypeError", viaConstructor: 1767225600000,
  sub: "at 1767225600000", isDate: true, parse: 1767312000000 }); });`,
    ),
  );
  expect(result.tests).toEqual([{ name: "dates", status: "passed" }]);
  await expectNextRunPasses();
});
