import { describe, expect, test } from "vitest";
import { runInProcess } from "../src/index.ts";
import { exercise } from "./helpers.ts";

describe("console and log", () => {
  test("console output is formatted in the guest and captured with its level, and logged as spans", async () => {
    const result = await runInProcess(
      exercise(
        `import { log } from "@pillars/world";
export function run() {
  console.log("user", { id: 1, tags: ["a"] }, 3, null);
  console.error(new TypeError("bad"));
  log.info("order placed", { orderId: 7 });
  const cyclic: any = { name: "c" }; cyclic.self = cyclic;
  console.warn(cyclic);
}`,
        `test("prints", () => { learner.run(); expect(world.logs().length).toBe(4); });`,
      ),
    );
    expect(result.verdict).toBe("passed");
    expect(result.logs).toEqual([
      { level: "log", message: 'user { id: 1, tags: [ "a" ] } 3 null' },
      { level: "error", message: "TypeError: bad" },
      { level: "info", message: '{"level":"info","msg":"order placed","orderId":7}' },
      { level: "warn", message: 'The { name: "c", self: [Circular] }'.replace("The ", "") },
    ]);
    expect(result.trace.filter((s) => s.kind === "log")).toHaveLength(4);
  });

  test("world.trace() lets a test inspect the learner's calls", async () => {
    const result = await runInProcess(
      exercise(
        `import { cache } from "@pillars/world";\nexport const hit = () => cache.get("x");`,
        `test("one cache call", async () => { await learner.hit(); const spans = world.trace(); expect(spans.length).toBe(1); expect(spans[0]).toMatchObject({ kind: "cache", op: "get" }); });`,
      ),
    );
    expect(result.verdict).toBe("passed");
  });
});
