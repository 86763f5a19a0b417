// Every argument is capped (keys, values, count, whole command) so one call cannot push a
// huge string into the host.
import { expect, it } from "vitest";
import {
  CACHE_MAX_ARGS,
  CACHE_MAX_KEY_CHARS,
  CACHE_MAX_VALUE_CHARS,
  createCache,
} from "./cache.ts";
import { manualClock, TEST_LIMITS } from "./test-helpers.ts";

function open() {
  const cache = createCache({
    limits: { ...TEST_LIMITS, cacheBytes: 64 * 1024 * 1024 },
    deps: manualClock(),
  });
  return (op: string, ...args: unknown[]) => cache.call(op, args, "learner").value;
}

it("refuses a value or key over its cap, and takes one at the cap", () => {
  const run = open();
  expect(run("set", "k", "v".repeat(CACHE_MAX_VALUE_CHARS))).toBe("OK");
  expect(() => run("set", "k", "v".repeat(CACHE_MAX_VALUE_CHARS + 1))).toThrow(
    /argument 2 .* is too long/,
  );
  expect(() => run("get", "k".repeat(CACHE_MAX_KEY_CHARS + 1))).toThrow(
    /argument 1 .* is too long/,
  );
  expect(() => run("mget", "a", "k".repeat(CACHE_MAX_KEY_CHARS + 1))).toThrow(
    /argument 2 .* is too long/,
  );
});

it("refuses too many arguments and a command too large in total", () => {
  const run = open();
  const members = Array.from({ length: CACHE_MAX_ARGS }, (_, i) => `m${i}`);
  expect(() => run("sadd", "s", ...members)).toThrow(/more than 1024 arguments/);
  const big = "x".repeat(CACHE_MAX_VALUE_CHARS);
  expect(() => run("rpush", "l", big, big, big)).toThrow(/the command is too large/);
});

it("refuses arguments that are not strings or finite numbers", () => {
  const run = open();
  for (const bad of [null, undefined, true, { a: 1 }, ["x"], Number.NaN, Infinity]) {
    expect(() => run("set", "k", bad), String(bad)).toThrow(/argument 2/);
  }
});
