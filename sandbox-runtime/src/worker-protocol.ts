// Messages between the supervisor (pool.ts) and a worker process (worker.ts).
import type { RunRequest, RunResult } from "./types.ts";
import type { RunProgress } from "./run.ts";

export interface WorkerJob {
  type: "run";
  id: number;
  req: RunRequest;
}

export type WorkerReply =
  | { type: "ready" }
  | ({ type: "progress"; id: number } & RunProgress)
  | { type: "result"; id: number; result: RunResult; rssMb: number }
  | { type: "error"; id: number; message: string; rssMb: number };
