import { describe, expect, test } from "vitest";
import { evaluateAssertion } from "../src/grading/matchers.ts";
import { TAG } from "../src/grading/plain.ts";

const check = (matcher: string, actual: unknown, args: unknown[], extra: object = {}) =>
  evaluateAssertion({
    matcher,
    negate: false,
    label: null,
    actual,
    args,
    facts: { type: typeof actual, truthy: !!actual, same: null },
    ...extra,
  });

describe("host-side matchers", () => {
  test("toEqual ignores undefined keys and compares deeply", () => {
    expect(check("toEqual", { a: [1, { b: 2 }], c: undefined }, [{ a: [1, { b: 2 }] }]).pass).toBe(
      true,
    );
    expect(check("toEqual", { a: [1, { b: 3 }] }, [{ a: [1, { b: 2 }] }]).pass).toBe(false);
  });

  test("toMatchObject accepts extra keys only in the received value", () => {
    expect(check("toMatchObject", { a: 1, b: 2 }, [{ a: 1 }]).pass).toBe(true);
    expect(check("toMatchObject", { a: 1 }, [{ a: 1, b: 2 }]).pass).toBe(false);
  });

  test("toBe on objects uses the guest's identity fact, never a deep comparison", () => {
    expect(
      check("toBe", { a: 1 }, [{ a: 1 }], { facts: { type: "object", truthy: true, same: false } })
        .pass,
    ).toBe(false);
    expect(check("toBe", 3, [3]).pass).toBe(true);
  });

  test("negation, numbers, strings, arrays and properties", () => {
    expect(
      evaluateAssertion({
        matcher: "toBe",
        negate: true,
        label: null,
        actual: 1,
        args: [1],
        facts: null,
      }).pass,
    ).toBe(false);
    expect(check("toBeGreaterThan", 3, [2]).pass).toBe(true);
    expect(check("toBeCloseTo", 0.1 + 0.2, [0.3]).pass).toBe(true);
    expect(check("toContain", [{ a: 1 }], [{ a: 1 }]).pass).toBe(true);
    expect(check("toContain", "hello", ["ell"]).pass).toBe(true);
    expect(check("toHaveLength", [1, 2], [2]).pass).toBe(true);
    expect(check("toHaveProperty", { a: { b: [0, { c: 5 }] } }, ["a.b[1].c", 5]).pass).toBe(true);
    expect(
      check("toMatch", "abc-123", [{ [TAG]: "regexp", source: "\\d+$", flags: "" }]).pass,
    ).toBe(true);
  });

  test("a function received where data was expected compares unequal and prints as a function", () => {
    const outcome = check("toEqual", { [TAG]: "function", detail: "f" }, [{}]);
    expect(outcome.pass).toBe(false);
    expect(outcome.message).toContain("[Function f]");
  });

  test("labels prefix messages; fail always fails; unknown matchers fail", () => {
    expect(
      evaluateAssertion({
        matcher: "toBe",
        negate: false,
        label: "the total",
        actual: 1,
        args: [2],
        facts: null,
      }).message,
    ).toMatch(/^the total: /);
    expect(check("fail", null, ["nope"])).toEqual({ pass: false, message: "nope" });
    expect(check("toBeMagic", 1, []).pass).toBe(false);
    expect(evaluateAssertion(null).pass).toBe(false);
  });
});
