// Guest arguments are copies, but their keys are chosen by hostile code: "__proto__",
// "constructor" and friends must never reach a prototype, become an option, or be mistaken for
// an op. Copies made by JSON.parse / structured clone carry "__proto__" as an own key: so do these.
import { afterEach, expect, it } from "vitest";
import { createCache } from "./cache.ts";
import { createDb } from "./db.ts";
import { createQueue } from "./queue.ts";
import { manualClock, TEST_LIMITS } from "./test-helpers.ts";
import type { HostModule } from "./types.ts";

const opened: HostModule[] = [];
afterEach(() => opened.splice(0).forEach((m) => m.close()));
const deps = manualClock();
const withProto = (json: string) => JSON.parse(json) as Record<string, unknown>;

it("refuses __proto__ and constructor as options instead of merging them", () => {
  const queue = createQueue({ limits: TEST_LIMITS, deps });
  opened.push(queue);
  const evil = withProto('{"__proto__": {"polluted": true}, "delayMs": 5}');
  expect(() => queue.call("send", ["q", 1, evil], "learner")).toThrow(/unknown option "__proto__"/);
  expect(() => queue.call("receive", ["q", { constructor: { prototype: {} } }], "learner")).toThrow(
    /unknown option "constructor"/,
  );
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

it("stores __proto__ keys inside data as plain data", () => {
  const queue = createQueue({ limits: TEST_LIMITS, deps });
  const cache = createCache({ limits: TEST_LIMITS, deps });
  const db = createDb({ limits: TEST_LIMITS, deps });
  opened.push(queue, cache, db);
  queue.call("send", ["q", withProto('{"__proto__": {"isAdmin": true}}')], "learner");
  const [m] = queue.call("receive", ["q"], "learner").value as { body: Record<string, unknown> }[];
  expect(Object.keys(m!.body)).toEqual(["__proto__"]);
  expect(m!.body.isAdmin).toBeUndefined();

  cache.call("hset", ["h", withProto('{"__proto__": "x", "constructor": "y"}')], "learner");
  const all = cache.call("hgetall", ["h"], "learner").value as Record<string, unknown>;
  expect(Object.keys(all).sort()).toEqual(["__proto__", "constructor"]);
  expect(Object.getPrototypeOf(all)).toBeNull();

  const { rows } = db.call("query", ['SELECT 1 AS "__proto__", 2 AS "constructor"'], "learner")
    .value as {
    rows: Record<string, unknown>[];
  };
  expect(Object.keys(rows[0]!)).toEqual(["__proto__", "constructor"]);
  expect(rows[0]!.__proto__).toBe(1);
  expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
});

it("does not look ops up on a prototype", () => {
  const cache = createCache({ limits: TEST_LIMITS, deps });
  const db = createDb({ limits: TEST_LIMITS, deps });
  const queue = createQueue({ limits: TEST_LIMITS, deps });
  opened.push(queue, cache, db);
  for (const op of ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"]) {
    for (const m of [cache, db, queue]) {
      for (const caller of ["learner", "test"] as const) {
        expect(() => m.call(op, ["x"], caller), `${op} ${caller}`).toThrow(
          /is not (a function|available)/,
        );
      }
    }
  }
});
