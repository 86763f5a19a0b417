// Shared by the engine's tests: small exercises written the way lesson authors write them.
import { expect } from "vitest";
import { runInProcess } from "../src/index.ts";
import type { RunRequest, RunResult } from "../src/index.ts";

/** A request with one learner file (index.ts) and one test file. */
export function exercise(
  learner: string,
  tests: string,
  extra: Partial<RunRequest> = {},
): RunRequest {
  return {
    files: { "index.ts": learner },
    tests: {
      "main.test.ts": `import { test, expect, world } from "@pillars/test";\nimport * as learner from "@pillars/learner";\n${tests}`,
    },
    ...extra,
  };
}

/** An exercise a correct learner passes: used after every hazard to prove the engine still works. */
export const HEALTHY = exercise(
  `import { db } from "@pillars/world";
export async function countUsers(): Promise<number> {
  const { rows } = await db.query("SELECT count(*) AS n FROM users");
  return rows[0].n;
}`,
  `test("counts the users", async () => { expect(await learner.countUsers()).toBe(2); });`,
  {
    fixtures: {
      sql: "CREATE TABLE users (id INTEGER PRIMARY KEY); INSERT INTO users VALUES (1), (2);",
    },
  },
);

export async function expectNextRunPasses(
  run: (req: RunRequest) => Promise<RunResult> = runInProcess,
): Promise<void> {
  const result = await run(HEALTHY);
  expect(result.verdict).toBe("passed");
  expect(result.tests).toEqual([{ name: "counts the users", status: "passed" }]);
}

/** Limits that make hazard runs end quickly without changing what they prove. */
export const TIGHT = { cpuMs: 300, wallMs: 3000 };
