// The host decides every assertion: the guest harness sends copies (plain trees) of the
// received and expected values plus facts only the guest can establish with frozen
// intrinsics (identity for toBe, truthiness). Learner code can make a test fail, never pass.
import { equals, print, readPath, regexpOf } from "./plain.ts";

export interface AssertionPayload {
  matcher: string;
  negate: boolean;
  label: string | null;
  actual: unknown;
  args: unknown[];
  facts: { type: string; truthy: boolean; same: boolean | null } | null;
}

export interface AssertionOutcome {
  pass: boolean;
  message: string;
}

type Check = (p: AssertionPayload) => { pass: boolean; expected?: string };

const num = (v: unknown): number | null =>
  typeof v === "number" ? v : typeof v === "bigint" ? Number(v) : null;
const compare =
  (test: (a: number, b: number) => boolean, word: string): Check =>
  (p) => {
    const a = num(p.actual);
    const b = num(p.args[0]);
    return {
      pass: a !== null && b !== null && test(a, b),
      expected: `${word} ${print(p.args[0])}`,
    };
  };

const CHECKS: Record<string, Check> = {
  toBe: (p) => ({
    pass:
      typeof p.actual === "object" && p.actual !== null
        ? p.facts?.same === true
        : Object.is(p.actual, p.args[0]),
  }),
  toEqual: (p) => ({ pass: equals(p.actual, p.args[0]) }),
  toMatchObject: (p) => ({
    pass: equals(p.actual, p.args[0], true),
    expected: `an object matching ${print(p.args[0])}`,
  }),
  toBeTruthy: (p) => ({ pass: p.facts?.truthy === true, expected: "a truthy value" }),
  toBeFalsy: (p) => ({ pass: p.facts?.truthy === false, expected: "a falsy value" }),
  toBeNull: (p) => ({ pass: p.actual === null, expected: "null" }),
  toBeUndefined: (p) => ({ pass: p.facts?.type === "undefined", expected: "undefined" }),
  toBeDefined: (p) => ({
    pass: p.facts !== null && p.facts.type !== "undefined",
    expected: "a defined value",
  }),
  toBeGreaterThan: compare((a, b) => a > b, ">"),
  toBeGreaterThanOrEqual: compare((a, b) => a >= b, ">="),
  toBeLessThan: compare((a, b) => a < b, "<"),
  toBeLessThanOrEqual: compare((a, b) => a <= b, "<="),
  toBeCloseTo: (p) => {
    const a = num(p.actual);
    const b = num(p.args[0]);
    const digits = num(p.args[1]) ?? 2;
    return {
      pass: a !== null && b !== null && Math.abs(a - b) < 10 ** -digits / 2,
      expected: `close to ${print(p.args[0])}`,
    };
  },
  toContain: (p) => {
    const item = p.args[0];
    if (typeof p.actual === "string")
      return {
        pass: typeof item === "string" && p.actual.includes(item),
        expected: `to contain ${print(item)}`,
      };
    return {
      pass: Array.isArray(p.actual) && p.actual.some((v) => equals(v, item)),
      expected: `to contain ${print(item)}`,
    };
  },
  toHaveLength: (p) => {
    const a = p.actual;
    const length = typeof a === "string" || Array.isArray(a) ? a.length : null;
    return {
      pass: length !== null && length === p.args[0],
      expected: `length ${print(p.args[0])}`,
    };
  },
  toHaveProperty: (p) => {
    const path = typeof p.args[0] === "string" ? p.args[0] : "";
    const { found, value } = readPath(p.actual, path);
    const withValue = p.args.length > 1;
    return {
      pass: found && (!withValue || equals(value, p.args[1])),
      expected: withValue
        ? `property "${path}" equal to ${print(p.args[1])}`
        : `property "${path}"`,
    };
  },
  toMatch: (p) => {
    const pattern = p.args[0];
    const re = regexpOf(pattern);
    const text = typeof p.actual === "string" ? p.actual : null;
    const pass =
      text !== null && (re ? re.test(text) : typeof pattern === "string" && text.includes(pattern));
    return { pass, expected: `a string matching ${print(pattern)}` };
  },
  rejects: (p) => {
    const { rejected, message } = (p.actual ?? {}) as { rejected?: unknown; message?: unknown };
    const pattern = p.args[0];
    const re = regexpOf(pattern);
    const text = typeof message === "string" ? message : "";
    const matches =
      pattern === undefined ||
      (re ? re.test(text) : typeof pattern === "string" && text.includes(pattern));
    return {
      pass: rejected === true && matches,
      expected: pattern === undefined ? "to reject" : `to reject with ${print(pattern)}`,
    };
  },
};

export function evaluateAssertion(raw: unknown): AssertionOutcome {
  const p = raw as AssertionPayload;
  if (
    typeof p !== "object" ||
    p === null ||
    typeof p.matcher !== "string" ||
    !Array.isArray(p.args)
  ) {
    return { pass: false, message: "malformed assertion" };
  }
  const prefix = typeof p.label === "string" && p.label !== "" ? `${p.label.slice(0, 200)}: ` : "";
  if (p.matcher === "fail")
    return { pass: false, message: `${prefix}${String(p.args[0]).slice(0, 500)}` };
  const check = Object.hasOwn(CHECKS, p.matcher) ? CHECKS[p.matcher] : undefined;
  if (!check) return { pass: false, message: `unknown matcher ${p.matcher.slice(0, 40)}` };
  const outcome = check(p);
  const pass = p.negate ? !outcome.pass : outcome.pass;
  if (pass) return { pass, message: "" };
  if (p.matcher === "rejects") {
    const { rejected, message } = (p.actual ?? {}) as { rejected?: unknown; message?: unknown };
    const got = rejected === true ? `it rejected with ${print(message)}` : "it resolved";
    return { pass, message: `${prefix}expected the promise ${outcome.expected}, but ${got}` };
  }
  const expected = outcome.expected ?? print(p.args[0]);
  const not = p.negate ? "not " : "";
  return {
    pass,
    message: `${prefix}expect(received).${not}${p.matcher}(…)\nExpected: ${not}${expected}\nReceived: ${print(p.actual)}`,
  };
}
