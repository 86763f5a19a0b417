import { expect, it } from "vitest";
import { createCache } from "./cache.ts";
import { LATENCY } from "./latency.ts";
import { manualClock, TEST_LIMITS } from "./test-helpers.ts";

function open(seed?: Parameters<typeof createCache>[0]["seed"]) {
  const clock = manualClock();
  const cache = createCache({ seed, limits: TEST_LIMITS, deps: clock });
  const run = (op: string, ...args: unknown[]) => cache.call(op, args, "learner").value;
  const test = (op: string, ...args: unknown[]) => cache.call(op, args, "test").value;
  return { cache, clock, run, test };
}

it("expires keys on the virtual clock, not the real one", () => {
  const { clock, run } = open();
  run("set", "session", "s1", "EX", 60);
  run("set", "token", "t1", "PX", 1500);
  run("setex", "otp", 10, "123456");
  expect(run("ttl", "session")).toBe(60);
  expect(run("pttl", "token")).toBe(1500);
  clock.advance(1500);
  expect(run("get", "token")).toBe("t1"); // alive while now <= expiry, as in Redis
  clock.advance(1);
  expect(run("get", "token")).toBeNull();
  expect(run("ttl", "otp")).toBe(8); // 8.499 s left rounds to 8, as Redis does
  expect(run("pttl", "otp")).toBe(8499);
  clock.advance(58_499);
  expect(run("get", "otp")).toBeNull();
  expect(run("ttl", "session")).toBe(0);
  clock.advance(1);
  expect(run("exists", "session")).toBe(0);
  expect(run("ttl", "session")).toBe(-2);
});

it("keeps a TTL through INCR, drops it on plain SET, and moves it with EXPIRE / PERSIST", () => {
  const { clock, run } = open();
  run("set", "hits", 1, "EX", 10);
  run("incr", "hits");
  expect(run("ttl", "hits")).toBe(10);
  run("set", "hits", 5);
  expect(run("ttl", "hits")).toBe(-1);
  expect(run("expire", "hits", 2)).toBe(1);
  expect(run("pexpire", "nope", 2)).toBe(0);
  clock.advance(2001);
  expect(run("get", "hits")).toBeNull();
  run("set", "k", "v", "EX", 5);
  expect(run("persist", "k")).toBe(1);
  clock.advance(10_000);
  expect(run("get", "k")).toBe("v");
  expect(run("expire", "k", 0)).toBe(1); // a time in the past deletes
  expect(run("get", "k")).toBeNull();
});

it("answers SET's NX / XX / EX combinations and syntax errors like Redis", () => {
  const { run } = open();
  expect(run("set", "lock", "me", "EX", 30, "NX")).toBe("OK");
  expect(run("set", "lock", "you", "NX", "EX", 30)).toBeNull();
  expect(run("get", "lock")).toBe("me");
  expect(() => run("set", "k", "v", "EX", 0)).toThrow("ERR invalid expire time in 'set' command");
  expect(() => run("set", "k", "v", "EX", 1.5)).toThrow(
    "ERR value is not an integer or out of range",
  );
  expect(() => run("set", "k", "v", "NX", "XX")).toThrow("ERR syntax error");
  expect(() => run("set", "k", "v", "EX")).toThrow("ERR syntax error");
  expect(() => run("get")).toThrow("ERR wrong number of arguments for 'get' command");
});

it("counts hits and misses of the learner's lookups, and every learner command", () => {
  const { run, test } = open();
  run("set", "a", "1");
  run("get", "a");
  run("get", "b");
  run("mget", "a", "b", "c");
  run("hset", "h", "f", "v");
  run("hget", "h", "f");
  run("hgetall", "nope");
  test("get", "a"); // the test's own lookups do not count
  expect(test("stats")).toEqual({ hits: 3, misses: 4, commands: 7 });
  test("resetStats");
  expect(test("stats")).toEqual({ hits: 0, misses: 0, commands: 0 });
});

it("fails the learner's next commands on failNext, then recovers", () => {
  const { run, test } = open();
  test("failNext", 2);
  expect(() => run("get", "a")).toThrow("Connection is closed.");
  expect(() => run("set", "a", "1")).toThrow("Connection is closed.");
  expect(run("set", "a", "1")).toBe("OK");
  test("failNext", 1, "READONLY You can't write against a read only replica.");
  expect(test("get", "a")).toBe("1"); // the test's own call is not failed
  expect(() => run("get", "a")).toThrow("READONLY");
});

it("refuses test-only ops and unknown commands to the learner", () => {
  const { cache } = open();
  for (const op of ["stats", "resetStats", "failNext", "flushall", "constructor", "__proto__"]) {
    expect(() => cache.call(op, [], "learner")).toThrow(/is not available in this cache/);
  }
});

it("seeds keys from fixtures, with TTLs on the virtual clock", () => {
  const { clock, run } = open({ greeting: "hello", flag: { value: "on", ttlMs: 1000 } });
  expect(run("mget", "greeting", "flag")).toEqual(["hello", "on"]);
  clock.advance(1001);
  expect(run("get", "flag")).toBeNull();
});

it("costs LATENCY.cache per command and names the command and key in the trace", () => {
  const { cache } = open();
  expect(cache.call("set", ["user:1", "secret-value"], "learner")).toEqual({
    value: "OK",
    latencyMs: LATENCY.cache,
    detail: "SET user:1",
  });
  expect(cache.call("mget", ["a", "b"], "learner").detail).toBe("MGET a b");
});

it("keeps a hash field named __proto__ as a field", () => {
  const { run } = open();
  run("hset", "h", "__proto__", "x");
  const all = run("hgetall", "h") as Record<string, string>;
  expect(Object.keys(all)).toEqual(["__proto__"]);
  expect(JSON.parse(JSON.stringify(all))).toEqual(JSON.parse('{"__proto__":"x"}'));
});

it("refuses calls after close", () => {
  const { cache, run } = open();
  cache.close();
  expect(() => run("get", "a")).toThrow("Connection is closed.");
});
