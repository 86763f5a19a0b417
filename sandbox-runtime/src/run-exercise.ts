// The engine entry for one-off callers (the lessons CLI): runs through a shared pool of one
// worker, so that a run the supervisor must kill (a runaway SQL statement) cannot hang the
// caller. The worker does not keep the caller's process alive while idle.
import type { RunRequest, RunResult } from "./types.ts";
import { createPool, type Pool } from "./pool.ts";

let shared: Pool | undefined;

export function runExercise(req: RunRequest): Promise<RunResult> {
  shared ??= createPool({ size: 1 }, { unrefIdle: true });
  return shared.run(req);
}
