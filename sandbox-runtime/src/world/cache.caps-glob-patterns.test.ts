// Redis-style globs match by recursion that goes exponential on `*a*a*a*...b`. KEYS patterns
// are capped (length, wildcards, no nested classes) and matched in O(key × pattern).
import { expect, it } from "vitest";
import { createCache } from "./cache.ts";
import { GLOB_MAX_LENGTH, GLOB_MAX_WILDCARDS } from "./glob.ts";
import { manualClock, TEST_LIMITS } from "./test-helpers.ts";

function open() {
  const cache = createCache({ limits: TEST_LIMITS, deps: manualClock() });
  return (...args: unknown[]) => cache.call(args[0] as string, args.slice(1), "learner").value;
}

it("refuses patterns that are too long, too wild, or nest classes", () => {
  const run = open();
  expect(() => run("keys", "a".repeat(GLOB_MAX_LENGTH + 1))).toThrow(/longer than 64 characters/);
  expect(() => run("keys", "*a".repeat(GLOB_MAX_WILDCARDS + 1))).toThrow(/more than 4 wildcards/);
  expect(() => run("keys", "[a[b]]")).toThrow(/'\[' inside a \[...\] class/);
  expect(() => run("keys", "[abc")).toThrow(/unclosed/);
});

it("answers the worst pattern it allows over long keys at once", () => {
  const run = open();
  const key = "a".repeat(1000);
  for (let i = 0; i < 200; i++) run("set", `${key}${i}`, "v");
  // Exponential for a backtracking matcher; linear-time per key here. No timing asserted:
  // the point is that it returns, with the right answer.
  expect(run("keys", "*a*a*a*b")).toEqual([]);
  expect(run("keys", "*a*a*a*9")).toHaveLength(20);
});
