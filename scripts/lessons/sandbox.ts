// The engine as the CLI uses it: a pool of worker processes when sandbox-runtime offers one,
// else runs in this process. Loaded lazily so `lessons new` and `schemas` never start it.
import os from "node:os";
import type { RunRequest, RunResult } from "sandbox-runtime";

interface EngineApi {
  runInProcess(req: RunRequest): Promise<RunResult>;
  createPool(options?: { size?: number }): {
    run(req: RunRequest): Promise<RunResult>;
    close(): Promise<void>;
  };
}

export interface Sandbox {
  run(req: RunRequest): Promise<RunResult>;
  /** How many runs may usefully be in flight at once. */
  concurrency: number;
  close(): Promise<void>;
}

/** Opens the engine, or returns the reason it is not available. */
export async function openSandbox(options: { pool: boolean }): Promise<Sandbox | string> {
  let engine: Partial<EngineApi>;
  try {
    engine = (await import("sandbox-runtime")) as Partial<EngineApi>;
  } catch (error) {
    return `sandbox-runtime failed to load: ${(error as Error).message}`;
  }
  const size =
    Number(process.env.PILLARS_CHECK_CONCURRENCY) || Math.min(2, os.availableParallelism());
  if (options.pool && typeof engine.createPool === "function") {
    const pool = engine.createPool({ size });
    return { run: (req) => pool.run(req), concurrency: size, close: () => pool.close() };
  }
  if (typeof engine.runInProcess === "function") {
    const run = engine.runInProcess;
    return { run: (req) => run(req), concurrency: 1, close: async () => {} };
  }
  return "sandbox-runtime exports neither createPool nor runInProcess yet";
}
