// The warm-up run baked into the prelude snapshot (see guest-source.ts). V8 runs it once in a
// throwaway context while making the snapshot and keeps the bytecode of every prelude function
// it compiled, not its state: each run's isolate starts with the harness, the world's wrappers,
// the matchers and the console formatter already compiled instead of compiling them lazily in
// every run. It drives a typical exercise (world calls, console, expect, one test) against a
// fake host; only its coverage matters. Promises settled here never resume (no microtask
// checkpoint runs), so the code after an `await` is warmed by calling it synchronously.
/** The warm-up script; `preludeGlobal` is where the snapshot carries the prelude. */
export const preludeWarmup = (preludeGlobal: string): string => `"use strict";
(() => {
  let ticket = 0;
  const host = (channel) => {
    if (channel === "call" || channel === "timer") return ++ticket;
    if (channel === "callSync") return { ok: true, value: 0 };
    if (channel === "log") return 1000;
    if (channel === "assert") return { pass: true, message: "" };
    return null;
  };
  const control = globalThis.${preludeGlobal}.start(host, { clockStart: 0, outputBytes: 1000 });
  control.loadLearner((require, module, exports) => {
    const { db, cache, queue, clock, log } = require("@pillars/world");
    exports.work = async () => {
      await cache.get("k");
      await cache.set("k", "v", "EX", 60);
      await db.query("SELECT 1 WHERE 1 = $1", [1]);
      await queue.send("q", { a: 1 });
      await clock.sleep(1);
      log.info("m", { a: 1 });
      console.log("x", 1, { a: [1, "b"] }, new Error("e"));
      setTimeout(() => {}, 5);
      clearTimeout(setTimeout(() => {}, 5));
      return { n: Date.now(), d: new Date().toISOString(), r: Math.random() };
    };
  });
  control.loadTests((require) => {
    const { test, expect, beforeEach, world } = require("@pillars/test");
    const { work } = require("@pillars/learner");
    beforeEach(() => { world.db.resetCounters(); world.cache.resetStats(); });
    test("t", async () => { await work(); });
    const value = { id: 1, name: "a", list: [1, 2], nested: { ok: true } };
    expect(value).toEqual({ id: 1, name: "a", list: [1, 2], nested: { ok: true } });
    expect(value).toMatchObject({ id: 1 });
    expect(1).toBe(1);
    expect(null).toBeNull();
    expect(value.list).toHaveLength(2);
    expect(2).not.toBeGreaterThan(3);
    expect(world.db.queryCount()).toBe(0);
    void expect.rejects(Promise.reject(new Error("x"))).toThrow("x");
    void world.http.request(() => ({ status: 200, body: { ok: true } }), { method: "GET", path: "/a?b=1" });
  });
  control.runTest(0);
  control.settle(1, true, null, 1);
  control.settle(2, false, "failed", 2);
})();`;
