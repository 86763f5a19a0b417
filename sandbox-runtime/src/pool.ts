// The supervisor: a pool of long-lived worker processes, warmed at start, one job at a time
// each. It kills a worker that overruns a run's wall time (SQLite cannot be interrupted from
// JavaScript), replaces crashed or killed workers, and recycles a worker after N jobs or when
// its RSS passes a ceiling. Jobs wait in a FIFO queue while every worker is busy.
import { fork, type ChildProcess } from "node:child_process";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import type { RunRequest, RunResult, TestResult } from "./types.ts";
import type { RunProgress } from "./run.ts";
import { resolveLimits } from "./limits.ts";
import type { WorkerJob, WorkerReply } from "./worker-protocol.ts";

export interface PoolOptions {
  /** Worker processes (default: os.availableParallelism()). */
  size?: number;
  /** Jobs a worker runs before it is replaced (default 500). */
  maxJobsPerWorker?: number;
  /** A worker above this RSS after a job is replaced (default 512 MiB). */
  maxRssMb?: number;
}

export interface Pool {
  run(req: RunRequest): Promise<RunResult>;
  ready(): Promise<void>;
  stats(): { size: number; busy: number; queued: number; warm: number };
  close(): Promise<void>;
}

/** Real time a worker gets past a run's wallMs before the supervisor kills it. */
const KILL_GRACE_MS = 250;
const WORKER_PATH = fileURLToPath(new URL("./worker.ts", import.meta.url));

interface Job {
  id: number;
  req: RunRequest;
  wallMs: number;
  resolve(result: RunResult): void;
  reject(error: Error): void;
}

interface Worker {
  child: ChildProcess;
  warm: boolean;
  job: Job | null;
  /** What the current job's run has streamed so far. */
  progress: RunProgress | null;
  jobs: number;
  started: number;
  killedForTime: boolean;
  retiring: boolean;
  stderrTail: string;
}

/**
 * The answer for a run whose worker was killed or died: the tests that finished before (the
 * worker streamed them), the one that was running failed with the reason, the rest skipped.
 */
function limitResult(
  wallMs: number,
  verdict: "time_limit" | "memory_limit" | "runtime_error",
  error: string,
  progress: RunProgress | null,
): RunResult {
  const done = progress?.tests ?? [];
  const tests = (progress?.names ?? []).map(
    (name, i): TestResult =>
      done[i] ??
      (i === done.length
        ? { name, status: "failed", message: error }
        : { name, status: "skipped" }),
  );
  return { verdict, tests, logs: [], trace: [], usage: { wallMs, cpuMs: 0 }, error };
}

export function createPool(
  options: PoolOptions = {},
  internal: { unrefIdle?: boolean } = {},
): Pool {
  const size = Math.max(1, Math.floor(options.size ?? availableParallelism()));
  const maxJobs = Math.max(1, options.maxJobsPerWorker ?? 500);
  const maxRssMb = options.maxRssMb ?? 512;
  const workers = new Set<Worker>();
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;
  let crashStreak = 0;

  function warmCount(): number {
    let n = 0;
    for (const w of workers) if (w.warm && !w.retiring) n++;
    return n;
  }

  function setRef(worker: Worker, busy: boolean): void {
    if (!internal.unrefIdle) return;
    const channel = worker.child.channel as { ref?(): void; unref?(): void } | undefined;
    if (busy) {
      worker.child.ref();
      channel?.ref?.();
    } else {
      worker.child.unref();
      channel?.unref?.();
    }
  }

  function spawn(): void {
    if (closed) return;
    const child = fork(WORKER_PATH, [], {
      execArgv: ["--no-node-snapshot"],
      serialization: "advanced",
      stdio: ["ignore", "ignore", "pipe", "ipc"],
    });
    const worker: Worker = {
      child,
      warm: false,
      job: null,
      progress: null,
      jobs: 0,
      started: 0,
      killedForTime: false,
      retiring: false,
      stderrTail: "",
    };
    workers.add(worker);
    setRef(worker, false);
    // V8 reports a fatal heap OOM (an isolate that outgrew its limit faster than isolated-vm
    // could stop it) on stderr before aborting: keep the tail to tell that from other crashes.
    child.stderr?.on("data", (chunk: Buffer) => {
      worker.stderrTail = (worker.stderrTail + chunk.toString("utf8")).slice(-4096);
      process.stderr.write(chunk);
    });
    child.on("message", (message: WorkerReply) => onMessage(worker, message));
    child.on("close", () => onExit(worker));
    child.on("error", () => child.kill("SIGKILL"));
  }

  function onMessage(worker: Worker, message: WorkerReply): void {
    if (message.type === "ready") {
      worker.warm = true;
      crashStreak = 0;
      dispatch();
      return;
    }
    const job = worker.job;
    if (!job || job.id !== message.id) return;
    if (message.type === "progress") {
      worker.progress = { names: message.names, tests: message.tests };
      return;
    }
    clearTimeout(killTimers.get(worker));
    worker.job = null;
    worker.jobs++;
    if (message.type === "result") job.resolve(message.result);
    else job.reject(new Error(message.message));
    if (worker.jobs >= maxJobs || message.rssMb > maxRssMb) retire(worker);
    else setRef(worker, false);
    dispatch();
  }

  function onExit(worker: Worker): void {
    workers.delete(worker);
    clearTimeout(killTimers.get(worker));
    const job = worker.job;
    if (job) {
      const wallMs = Math.round(performance.now() - worker.started);
      if (worker.killedForTime) {
        job.resolve(
          limitResult(
            wallMs,
            "time_limit",
            `The run took longer than ${job.wallMs} ms and was stopped.`,
            worker.progress,
          ),
        );
      } else if (closed) {
        job.reject(new Error("the sandbox pool was closed"));
      } else if (/heap_oom|heap out of memory|Heap statistics/i.test(worker.stderrTail)) {
        job.resolve(
          limitResult(
            wallMs,
            "memory_limit",
            "Your code used more memory than allowed.",
            worker.progress,
          ),
        );
      } else {
        job.resolve(
          limitResult(
            wallMs,
            "runtime_error",
            "The sandbox stopped unexpectedly while running your code.",
            worker.progress,
          ),
        );
      }
    }
    if (!worker.warm && !worker.retiring) crashStreak++;
    if (!closed) {
      // A worker that cannot even start must not respawn in a tight loop.
      const delay = Math.min(5000, crashStreak * 200);
      if (delay === 0) spawn();
      else setTimeout(spawn, delay).unref();
    }
    dispatch();
  }

  const killTimers = new Map<Worker, NodeJS.Timeout>();

  function retire(worker: Worker): void {
    worker.retiring = true;
    worker.child.kill("SIGKILL");
  }

  function dispatch(): void {
    for (const worker of workers) {
      if (queue.length === 0) return;
      if (!worker.warm || worker.job || worker.retiring || !worker.child.connected) continue;
      const job = queue.shift()!;
      worker.job = job;
      worker.progress = null;
      worker.started = performance.now();
      setRef(worker, true);
      killTimers.set(
        worker,
        setTimeout(() => {
          worker.killedForTime = true;
          worker.child.kill("SIGKILL");
        }, job.wallMs + KILL_GRACE_MS),
      );
      const message: WorkerJob = { type: "run", id: job.id, req: job.req };
      try {
        worker.child.send(message);
      } catch {
        // The worker died between the checks and the send: its close event answers the job.
        worker.child.kill("SIGKILL");
      }
    }
  }

  for (let i = 0; i < size; i++) spawn();

  return {
    run(req) {
      if (closed) return Promise.reject(new Error("the sandbox pool is closed"));
      let wallMs: number;
      try {
        wallMs = resolveLimits(req?.limits).wallMs;
      } catch (error) {
        return Promise.reject(error);
      }
      return new Promise<RunResult>((resolve, reject) => {
        queue.push({ id: nextId++, req, wallMs, resolve, reject });
        dispatch();
      });
    },
    async ready() {
      // Polls: workers come and go (recycling, crashes), what matters is `size` warm ones.
      while (!closed && warmCount() < size) await new Promise((resolve) => setTimeout(resolve, 20));
    },
    stats() {
      const all = [...workers];
      return {
        size,
        busy: all.filter((w) => w.job !== null).length,
        queued: queue.length,
        warm: warmCount(),
      };
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error("the sandbox pool was closed"));
      const exits = [...workers].map(
        (w) => new Promise((resolve) => w.child.once("close", resolve)),
      );
      for (const worker of workers) worker.child.kill("SIGKILL");
      await Promise.all(exits);
    },
  };
}
