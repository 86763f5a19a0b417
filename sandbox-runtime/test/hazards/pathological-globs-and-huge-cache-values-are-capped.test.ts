import { expect, test } from "vitest";
import { runInProcess } from "../../src/index.ts";
import { exercise, expectNextRunPasses } from "../helpers.ts";

// End to end through the engine (the cache module's own tests cover the caps in depth).
test("a backtracking KEYS glob and a value past the cache's memory are refused, quickly", async () => {
  const result = await runInProcess(
    exercise(
      `import { cache } from "@pillars/world";
export async function abuse(): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < 50; i++) await cache.set("a".repeat(60) + i, "v");
  try { await cache.keys("*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b"); out.push("glob:ran"); } catch (e) { out.push("glob:refused"); }
  try { await cache.set("big", "x".repeat(5 * 1024 * 1024)); out.push("big:ran"); } catch (e) { out.push("big:refused"); }
  try { await cache.mset(...Array.from({ length: 200_000 }, (_, i) => "k" + i)); out.push("args:ran"); } catch (e) { out.push("args:refused"); }
  return out;
}`,
      `test("abuse", async () => { expect(await learner.abuse()).toEqual(["glob:refused", "big:refused", "args:refused"]); });`,
      { limits: { cacheBytes: 4 * 1024 * 1024, memoryMb: 128 } },
    ),
  );
  expect(result.verdict).toBe("passed");
  await expectNextRunPasses();
});
