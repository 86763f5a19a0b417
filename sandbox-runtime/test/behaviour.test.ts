import { describe, expect, test } from "vitest";
import { runInProcess } from "../src/index.ts";
import { exercise, HEALTHY } from "./helpers.ts";

describe("grading an exercise", () => {
  test("a correct solution passes every test", async () => {
    const result = await runInProcess(HEALTHY);
    expect(result.verdict).toBe("passed");
    expect(result.tests).toEqual([{ name: "counts the users", status: "passed" }]);
    expect(result.usage.cpuMs).toBeGreaterThan(0);
  });

  test("a wrong solution fails, with expected and received in the message", async () => {
    const result = await runInProcess(
      exercise(
        `export const add = (a: number, b: number) => a - b;`,
        `test("adds", () => { expect(learner.add(2, 3), "2 + 3").toBe(5); });`,
      ),
    );
    expect(result.verdict).toBe("failed");
    expect(result.tests[0]).toMatchObject({ name: "adds", status: "failed" });
    expect(result.tests[0]?.message).toContain("2 + 3");
    expect(result.tests[0]?.message).toContain("Expected: 5");
    expect(result.tests[0]?.message).toContain("Received: -1");
  });

  test("learner files import each other", async () => {
    const result = await runInProcess({
      files: {
        "index.ts": `export { double } from "./lib/math.ts";`,
        "lib/math.ts": `export const double = (n: number): number => n * 2;`,
      },
      tests: {
        "a.test.ts": `import { test, expect } from "@pillars/test";\nimport { double } from "@pillars/learner";\ntest("doubles", () => expect(double(4)).toBe(8));`,
      },
    });
    expect(result.verdict).toBe("passed");
  });

  test("a syntax error is a compile_error at the learner's own line and column", async () => {
    const result = await runInProcess({
      files: {
        "index.ts": `export { f } from "./lib/f.ts";`,
        "lib/f.ts": `export function f() {\n  return 1;\n}\nconst x: number = ;\n`,
      },
      tests: { "a.test.ts": `import { test } from "@pillars/test";\ntest("t", () => {});` },
    });
    expect(result.verdict).toBe("compile_error");
    expect(result.tests).toEqual([]);
    expect(result.diagnostics?.[0]).toMatchObject({ file: "lib/f.ts", line: 4, column: 19 });
  });

  test("importing anything but the world or own files is a compile_error", async () => {
    const result = await runInProcess(
      exercise(`import fs from "node:fs";\nexport const x = fs;`, `test("t", () => {});`),
    );
    expect(result.verdict).toBe("compile_error");
    expect(result.diagnostics?.[0]).toMatchObject({ file: "index.ts", line: 1 });
    expect(result.diagnostics?.[0]?.message).toContain("node:fs");
  });

  test("code that throws while loading is a runtime_error and no test runs", async () => {
    const result = await runInProcess(
      exercise(
        `const config: any = undefined;\nexport const port = config.port;`,
        `test("t", () => { expect(1).toBe(1); });`,
      ),
    );
    expect(result.verdict).toBe("runtime_error");
    expect(result.error).toContain("TypeError");
    expect(result.tests).toEqual([{ name: "t", status: "skipped" }]);
  });

  test("learner code that throws when a test file calls it at load is a runtime_error", async () => {
    const result = await runInProcess(
      exercise(
        `export function config(): never { throw new Error("no config"); }`,
        `const c = learner.config();\ntest("t", () => { expect(c).toBe(1); });`,
      ),
    );
    expect(result.verdict).toBe("runtime_error");
    expect(result.error).toContain("Error: no config");
  });

  test("an error thrown by learner code inside a test fails that test only", async () => {
    const result = await runInProcess(
      exercise(
        `export function parse(s: string) { if (s === "") throw new RangeError("empty input"); return s.length; }`,
        `test("throws", () => { expect(learner.parse("")).toBe(0); });\ntest("works", () => { expect(learner.parse("abc")).toBe(3); });`,
      ),
    );
    expect(result.verdict).toBe("failed");
    expect(result.tests).toEqual([
      { name: "throws", status: "failed", message: "RangeError: empty input" },
      { name: "works", status: "passed" },
    ]);
  });

  test("a test with no assertion fails", async () => {
    const result = await runInProcess(
      exercise(`export const x = 1;`, `test("checks nothing", () => {});`),
    );
    expect(result.verdict).toBe("failed");
    expect(result.tests[0]?.message).toMatch(/without checking anything/);
  });

  test("hidden-detail tests show only the hint, never the expected value", async () => {
    const result = await runInProcess(
      exercise(
        `export const secret = () => 41;`,
        `test("knows the secret", () => { expect(learner.secret()).toBe(42); }, { hideDetails: true, hint: "Think of the answer to everything." });
test("also hidden, no hint", () => { expect(learner.secret()).toBe(42); }, { hideDetails: true });
test("visible with a hint", () => { expect(learner.secret()).toBe(42); }, { hint: "Off by one?" });`,
      ),
    );
    expect(result.tests[0]).toEqual({
      name: "knows the secret",
      status: "failed",
      message: "Think of the answer to everything.",
    });
    expect(result.tests[1]?.message).not.toContain("42");
    expect(result.tests[2]?.message).toContain("Expected: 42");
    expect(result.tests[2]?.message).toContain("Hint: Off by one?");
  });

  test("test sources never appear in the result", async () => {
    const marker = "SECRET_TEST_MARKER_93731";
    const result = await runInProcess(
      exercise(
        `export const f = () => 1;`,
        `test("t", () => { const ${marker} = 2; expect(learner.f()).toBe(${marker}); });`,
      ),
    );
    expect(JSON.stringify(result)).not.toContain(marker);
  });
});

describe("test isolation", () => {
  test("a failing or throwing test does not stop the tests after it", async () => {
    const result = await runInProcess(
      exercise(
        `export const f = (n: number) => n;`,
        `test("throws", () => { throw new Error("boom"); });\ntest("fails", () => { expect(learner.f(1)).toBe(2); });\ntest("passes", () => { expect(learner.f(3)).toBe(3); });`,
      ),
    );
    expect(result.tests.map((t) => t.status)).toEqual(["failed", "failed", "passed"]);
  });

  test("every run gets a fresh world: nothing written in one run is seen by the next", async () => {
    const req = exercise(
      `import { db, cache } from "@pillars/world";
export async function visit(): Promise<number[]> {
  await db.query("CREATE TABLE IF NOT EXISTS visits (n INTEGER)");
  await db.query("INSERT INTO visits VALUES (1)");
  const { rows } = await db.query("SELECT count(*) AS n FROM visits");
  return [rows[0].n, await cache.incr("visits")];
}`,
      `test("first visit", async () => { expect(await learner.visit()).toEqual([1, 1]); });`,
    );
    expect((await runInProcess(req)).verdict).toBe("passed");
    expect((await runInProcess(req)).verdict).toBe("passed");
  });

  test("beforeEach runs before every test", async () => {
    const result = await runInProcess(
      exercise(
        `import { db } from "@pillars/world";\nexport const q = () => db.query("SELECT 1");`,
        `import { beforeEach } from "@pillars/test";
beforeEach(() => world.db.resetCounters());
test("one", async () => { await learner.q(); expect(world.db.queryCount()).toBe(1); });
test("two", async () => { await learner.q(); expect(world.db.queryCount()).toBe(1); });`,
      ),
    );
    expect(result.verdict).toBe("passed");
  });
});

describe("frozen intrinsics", () => {
  test("ordinary code that assigns name, message or toString still works", async () => {
    const result = await runInProcess(
      exercise(
        `export class NotFound extends Error { constructor(what: string) { super(what + " not found"); this.name = "NotFound"; } }
function Money(this: any, cents: number) { this.cents = cents; }
Money.prototype.toString = function (this: any) { return "$" + (this.cents / 100).toFixed(2); };
export const price = () => String(new (Money as any)(1250));
export const describe = () => { const e = new NotFound("user"); return e.name + ": " + e.message + " " + (e instanceof Error); };`,
        `test("works", () => { expect(learner.describe()).toBe("NotFound: user not found true"); expect(learner.price()).toBe("$12.50"); });`,
      ),
    );
    expect(result.verdict).toBe("passed");
  });
});

describe("determinism", () => {
  test("Math.random and crypto.randomUUID give the same values in every run", async () => {
    const req = exercise(
      `export const draw = () => [Math.random(), crypto.randomUUID(), Array.from(crypto.getRandomValues(new Uint8Array(4)))];`,
      `test("draw", () => { console.log(JSON.stringify(learner.draw())); expect(1).toBe(1); });`,
    );
    const first = await runInProcess(req);
    const second = await runInProcess(req);
    expect(first.logs).toEqual(second.logs);
    const [random, uuid, bytes] = JSON.parse(first.logs[0]!.message) as [number, string, number[]];
    expect(random).toBeGreaterThanOrEqual(0);
    expect(random).toBeLessThan(1);
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(bytes).toHaveLength(4);
  });
});

describe("invalid requests", () => {
  test("are rejected as errors of the caller, not verdicts", async () => {
    await expect(runInProcess({ files: { "../x.ts": "" }, tests: {} })).rejects.toThrow(
      /valid relative file path/,
    );
    await expect(
      runInProcess({ files: { "index.ts": "" }, tests: {}, limits: { memoryMb: -1 } }),
    ).rejects.toThrow(/positive/);
    await expect(runInProcess({ files: { "a.ts": "" }, tests: {} })).rejects.toThrow(/entry/);
  });
});
