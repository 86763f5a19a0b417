import { expect, test } from "vitest";
import { runInProcess } from "../../src/index.ts";
import { exercise, expectNextRunPasses } from "../helpers.ts";

// ioredis-mock runs Lua on the host, unsandboxed. Scripting never reaches it: the guest's cache
// has no eval / evalsha / script / function methods, and the host module refuses those ops.
test("EVAL and friends do not exist on the learner's cache", async () => {
  const result = await runInProcess(
    exercise(
      `import { cache } from "@pillars/world";
export async function lua(): Promise<string[]> {
  const out: string[] = [];
  for (const name of ["eval", "evalsha", "script", "function", "fcall", "defineCommand", "call", "sendCommand"]) {
    try { await (cache as any)[name]("return os.execute('id')", 0); out.push(name + ":ran"); } catch (e) { out.push(name + ":" + (e as Error).name); }
  }
  return out;
}`,
      `test("lua", async () => { const out = await learner.lua(); expect(out.every((x: string) => x.endsWith(":TypeError"))).toBe(true); });`,
    ),
  );
  expect(result.verdict).toBe("passed");
  await expectNextRunPasses();
});
