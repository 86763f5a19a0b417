import { expect, test } from "vitest";
import { runInProcess } from "../../src/index.ts";
import { exercise, expectNextRunPasses } from "../helpers.ts";

// Every pending timer and world call is an event in the host's heap, outside the isolate's
// memory limit: a loop that schedules without awaiting grew the worker by 100-200 MB per CPU
// second. Past 50,000 pending events the next one is refused in the guest (after cancelled
// timers are dropped), so host memory stays bounded and the learner sees why.
const CASES: Record<string, string> = {
  "timers set and cleared": `for (let i = 0; i < 300_000; i++) clearTimeout(setTimeout(() => {}, 1e9)); return "done";`,
  "timers never cleared": `try { for (let i = 0; i < 300_000; i++) setTimeout(() => {}, 1e9); return "done"; } catch (e) { return (e as Error).message; }`,
  "queries never awaited": `const calls: Promise<unknown>[] = []; for (let i = 0; i < 55_000; i++) calls.push(db.query("SELECT 1"));
const refused = (await Promise.allSettled(calls)).flatMap((r) => (r.status === "rejected" ? [(r.reason as Error).message] : []));
return refused.length + " refused: " + refused[0];`,
};
const EXPECTED: Record<string, RegExp> = {
  "timers set and cleared": /^done$/,
  "timers never cleared": /too many pending timers and world calls \(50000\)/,
  "queries never awaited": /^5000 refused: .*too many pending timers and world calls \(50000\)/,
};

for (const [name, body] of Object.entries(CASES)) {
  test(`${name}: bounded, and the next run passes`, async () => {
    const result = await runInProcess(
      exercise(
        `import { db } from "@pillars/world";\nexport async function flood(): Promise<string> { ${body} }`,
        `test("flood", async () => { const out = await learner.flood(); console.log(out); expect(1).toBe(1); });`,
        { limits: { cpuMs: 20_000, wallMs: 40_000, memoryMb: 256 } },
      ),
    );
    expect(result.logs[0]?.message).toMatch(EXPECTED[name]!);
    await expectNextRunPasses();
  }, 60_000);
}
