import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { runInProcess } from "../../src/index.ts";
import { exercise, expectNextRunPasses } from "../helpers.ts";

// End to end through the engine (the db module's own tests cover each statement in depth):
// statements that would touch files or load code are refused with a learner-readable error.
test("ATTACH, VACUUM INTO, load_extension and file pragmas are refused", async () => {
  const target = join(tmpdir(), `pillars-hazard-${process.pid}.db`);
  const statements = [
    `ATTACH DATABASE '${target}' AS other`,
    `VACUUM INTO '${target}'`,
    `SELECT load_extension('/usr/lib/libc.so.6')`,
    `PRAGMA journal_mode = WAL`,
  ];
  const result = await runInProcess(
    exercise(
      `import { db } from "@pillars/world";
export async function tryAll(statements: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const sql of statements) { try { await db.query(sql); out.push("ran"); } catch (e) { out.push("refused"); } }
  return out;
}`,
      `test("refused", async () => { expect(await learner.tryAll(${JSON.stringify(statements)})).toEqual(["refused", "refused", "refused", "refused"]); });`,
    ),
  );
  expect(result.verdict).toBe("passed");
  expect(existsSync(target)).toBe(false);
  await expectNextRunPasses();
});
