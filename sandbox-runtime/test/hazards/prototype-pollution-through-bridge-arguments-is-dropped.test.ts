import { expect, test } from "vitest";
import { runInProcess } from "../../src/index.ts";
import { exercise, expectNextRunPasses } from "../helpers.ts";

// World-call arguments reach the host as copies; the host drops "__proto__" keys and refuses
// anything but plain data before a module sees them. Getters ran in the guest at copy time
// (their value is what crosses); proxies and functions cannot be copied at all.
test("hostile world-call arguments never change a host prototype", async () => {
  const result = await runInProcess(
    exercise(
      `import { cache, db } from "@pillars/world";
const evil = JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "name": "ok"}');
export async function attack(): Promise<string[]> {
  const out: string[] = [];
  const attempt = async (what: string, fn: () => Promise<unknown>) => {
    try { out.push(what + ":" + JSON.stringify(await fn())); } catch (e) { out.push(what + ":" + (e as Error).name); }
  };
  await attempt("hset", () => cache.hset("h", evil));
  await attempt("hgetall", () => cache.hgetall("h"));
  await attempt("param", () => db.query("SELECT $1 AS v", [evil]));
  await attempt("getter", () => cache.set("g", { toString() { return "s"; } } as any));
  await attempt("proxy", () => cache.set("p", new Proxy({}, {}) as any));
  await attempt("function", () => cache.set("f", (() => 1) as any));
  return out;
}`,
      `test("attack", async () => { const out = await learner.attack(); expect(out.length).toBe(6); expect(out[4]).toBe("proxy:TypeError"); expect(out[5]).toBe("function:TypeError"); });`,
    ),
  );
  expect(result.verdict).toBe("passed");
  // This test runs the engine in this very process: the host's prototypes are untouched.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  await expectNextRunPasses();
});
