import { execFileSync } from "node:child_process";
import { afterAll, describe, expect, test } from "vitest";
import { createPool } from "../src/index.ts";
import { HEALTHY, exercise } from "./helpers.ts";

/** PIDs of this process's sandbox workers (Linux `ps`): how a test sees replacement happen. */
function workerPids(): number[] {
  const out = execFileSync("ps", ["-o", "pid=,args=", "--ppid", String(process.pid)], {
    encoding: "utf8",
  });
  return out
    .split("\n")
    .filter((line) => line.includes("worker.ts"))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}

describe("the worker pool", () => {
  const pool = createPool({ size: 2, maxJobsPerWorker: 3 });
  afterAll(() => pool.close());

  test("warms every worker before ready() resolves", async () => {
    await pool.ready();
    expect(pool.stats()).toEqual({ size: 2, busy: 0, queued: 0, warm: 2 });
    expect(workerPids()).toHaveLength(2);
  });

  test("runs concurrent jobs on all workers and queues the rest", async () => {
    await pool.ready();
    const runs = Array.from({ length: 5 }, () => pool.run(HEALTHY));
    const during = pool.stats();
    expect(during.busy + during.queued).toBe(5);
    expect(during.busy).toBeLessThanOrEqual(2);
    const results = await Promise.all(runs);
    expect(results.map((r) => r.verdict)).toEqual(Array(5).fill("passed"));
  });

  test("recycles a worker after maxJobsPerWorker jobs", async () => {
    await pool.ready();
    const before = workerPids();
    for (let i = 0; i < 6; i++) expect((await pool.run(HEALTHY)).verdict).toBe("passed");
    await pool.ready();
    const after = workerPids();
    expect(after).toHaveLength(2);
    expect(after.filter((pid) => before.includes(pid))).toHaveLength(0);
  });

  test("replaces a worker killed from outside, answering its job", async () => {
    await pool.ready();
    const slow = pool.run(
      exercise(
        `import { db } from "@pillars/world";\nexport const hang = () => db.query("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c");`,
        `test("hang", async () => { await learner.hang(); });`,
        { limits: { wallMs: 30_000 } },
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const victim = workerPids()[0]!;
    process.kill(victim, "SIGKILL");
    const results = await Promise.all([slow, pool.run(HEALTHY)]);
    expect(results[0].verdict).toBe("runtime_error");
    expect(results[1].verdict).toBe("passed");
    await pool.ready();
    expect(pool.stats().warm).toBe(2);
    expect(workerPids()).not.toContain(victim);
  });

  test("recycles a worker whose RSS passes maxRssMb", async () => {
    await pool.ready();
    const others = workerPids();
    const mine = () => workerPids().filter((pid) => !others.includes(pid));
    const small = createPool({ size: 1, maxRssMb: 1 }); // every worker is above 1 MiB
    try {
      await small.ready();
      const first = mine();
      expect(first).toHaveLength(1);
      expect((await small.run(HEALTHY)).verdict).toBe("passed");
      await small.ready();
      expect(mine()).toHaveLength(1);
      expect(mine()).not.toEqual(first);
    } finally {
      await small.close();
    }
  });

  test("rejects invalid requests and runs after close", async () => {
    await expect(pool.run({ files: {}, tests: {}, limits: { wallMs: -5 } })).rejects.toThrow(
      /positive/,
    );
    const other = createPool({ size: 1 });
    await other.close();
    await expect(other.run(HEALTHY)).rejects.toThrow(/closed/);
  });
});
