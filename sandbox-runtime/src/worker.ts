// A pool worker process (forked by pool.ts with --no-node-snapshot): runs one job at a time
// in a fresh isolate and answers with the RunResult and its own RSS, so that the supervisor
// can recycle it. It warms up (esbuild service, prelude bundle, JIT) before saying ready.
import { runInProcess, type RunProgress } from "./run.ts";
import type { RunRequest } from "./types.ts";
import type { WorkerReply, WorkerJob } from "./worker-protocol.ts";

const WARM_UP: RunRequest = {
  files: {
    "index.ts":
      'import { db } from "@pillars/world";\nexport const one = async () => (await db.query("SELECT 1 AS n")).rows[0].n;',
  },
  tests: {
    "warm.test.ts":
      'import { test, expect } from "@pillars/test";\nimport { one } from "@pillars/learner";\ntest("warm", async () => expect(await one()).toBe(1));',
  },
};

function send(message: WorkerReply): void {
  process.send?.(message);
}

function rssMb(): number {
  return process.memoryUsage.rss() / (1024 * 1024);
}

process.on("message", (message: WorkerJob) => {
  if (message?.type !== "run") return;
  const progress = (p: RunProgress) => send({ type: "progress", id: message.id, ...p });
  runInProcess(message.req, progress).then(
    (result) => send({ type: "result", id: message.id, result, rssMb: rssMb() }),
    (error: unknown) =>
      send({
        type: "error",
        id: message.id,
        message: error instanceof Error ? error.message : "the run failed",
        rssMb: rssMb(),
      }),
  );
});
// The supervisor went away: nothing will ever read our answers.
process.on("disconnect", () => process.exit(0));

await runInProcess(WARM_UP);
send({ type: "ready" });
