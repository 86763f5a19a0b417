// The cache runs its own synchronous keyspace (docs/decisions/004-cache.md); ioredis-mock is
// the reference it is held to. The same command sequence goes through both and every reply
// (or the fact of an error, and its Redis error prefix) must agree. Where ioredis-mock departs
// from Redis (type errors, non-integer counters), we follow Redis: the last test pins that.
import RedisMock from "ioredis-mock";
import { expect, it } from "vitest";
import { createCache } from "./cache.ts";
import { manualClock, TEST_LIMITS } from "./test-helpers.ts";

type Step = [string, ...unknown[]];
const SEQUENCE: Step[] = [
  ["set", "a", "1"],
  ["get", "a"],
  ["get", "missing"],
  ["set", "a", "2", "NX"],
  ["set", "b", "x", "XX"],
  ["set", "b", 7, "NX"],
  ["setnx", "b", "y"],
  ["setnx", "c", "z"],
  ["mset", "m1", "1", "m2", "2"],
  ["mget", "m1", "nope", "m2"],
  ["incr", "m1"],
  ["incrby", "m1", 10],
  ["decr", "m2"],
  ["decrby", "m2", 5],
  ["exists", "a", "b", "nope", "a"],
  ["del", "a", "nope"],
  ["ttl", "b"],
  ["ttl", "nope"],
  ["expire", "b", 100],
  ["ttl", "b"],
  ["persist", "b"],
  ["persist", "b"],
  ["ttl", "b"],
  ["hset", "h", "f1", "v1"],
  ["hset", "h", { f2: "v2", f3: 3 }],
  ["hset", "h", "f1", "v1b", "f4", "v4"],
  ["hget", "h", "f1"],
  ["hget", "h", "zz"],
  ["hgetall", "h"],
  ["hgetall", "nope"],
  ["hdel", "h", "f1", "zz"],
  ["hincrby", "h", "n", 5],
  ["hincrby", "h", "n", -2],
  ["rpush", "l", "a", "b", "c"],
  ["lpush", "l", "z", "y"],
  ["lrange", "l", 0, -1],
  ["lrange", "l", 1, 2],
  ["lrange", "l", -2, -1],
  ["lrange", "l", 5, 10],
  ["llen", "l"],
  ["lpop", "l"],
  ["rpop", "l"],
  ["ltrim", "l", 0, 1],
  ["lrange", "l", 0, -1],
  ["lpop", "nope"],
  ["sadd", "s", "a", "b", "a"],
  ["sadd", "s", "c"],
  ["srem", "s", "a", "zz"],
  ["sismember", "s", "b"],
  ["sismember", "s", "a"],
  ["scard", "s"],
  ["zadd", "z", 3, "c", 1, "a", 2, "b"],
  ["zadd", "z", 1.5, "a", 10, "d"],
  ["zscore", "z", "a"],
  ["zscore", "z", "nope"],
  ["zcard", "z"],
  ["zrange", "z", 0, -1],
  ["zrange", "z", 0, 1, "WITHSCORES"],
  ["zrangebyscore", "z", 2, 3],
  ["zrangebyscore", "z", "(2", "+inf"],
  ["zrangebyscore", "z", "-inf", "(3"],
  ["zrem", "z", "a", "nope"],
  ["zremrangebyscore", "z", 0, 3],
  ["zrange", "z", 0, -1],
  ["keys", "m*"],
  ["keys", "?"],
  ["keys", "[hl]"],
];

const sortedIfSet = (cmd: string, v: unknown) =>
  (cmd === "smembers" || cmd === "keys") && Array.isArray(v) ? [...v].sort() : v;

it("replies like ioredis-mock to the same command sequence", async () => {
  const reference = new RedisMock({ port: 50_000 + (process.pid % 10_000) });
  await reference.flushall();
  const mismatches: string[] = [];
  const ours = createCache({ limits: TEST_LIMITS, deps: manualClock() });
  for (const [cmd, ...args] of [...SEQUENCE, ["smembers", "s"] as Step]) {
    let expected: unknown;
    let actual: unknown;
    try {
      expected = sortedIfSet(
        cmd,
        await (reference as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[cmd]!(
          ...args,
        ),
      );
    } catch (err) {
      expected = `error ${String((err as Error).message).split(" ")[0]}`;
    }
    try {
      actual = sortedIfSet(cmd, ours.call(cmd, args, "learner").value);
    } catch (err) {
      actual = `error ${String((err as Error).message).split(" ")[0]}`;
    }
    const a = JSON.stringify(actual ?? null);
    const e = JSON.stringify(expected ?? null);
    if (a !== e) mismatches.push(`${cmd} ${JSON.stringify(args)}: ours ${a}, ioredis-mock ${e}`);
  }
  expect(mismatches).toEqual([]);
  reference.disconnect();
});

it("follows Redis, not ioredis-mock, on type and integer errors", () => {
  const cache = createCache({ limits: TEST_LIMITS, deps: manualClock() });
  const run =
    (...step: Step) =>
    () =>
      cache.call(step[0], step.slice(1), "learner");
  run("set", "s", "text")();
  run("hset", "h", "f", "text")();
  run("rpush", "l", "x")();
  // ioredis-mock answers NaN / null / the hash here; Redis answers these errors.
  expect(run("incr", "s")).toThrow("ERR value is not an integer or out of range");
  expect(run("hincrby", "h", "f", 1)).toThrow("ERR hash value is not an integer");
  expect(run("get", "h")).toThrow(
    /^WRONGTYPE Operation against a key holding the wrong kind of value$/,
  );
  expect(run("lpush", "h", "x")).toThrow(/^WRONGTYPE/);
  expect(run("incr", "l")).toThrow(/^WRONGTYPE/);
});
