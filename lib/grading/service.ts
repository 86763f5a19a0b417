// The grading service: admits a run (per-client rate limit), queues it (bounded), runs it on
// the sandbox pool with the exercise's hidden tests, counts it in the metrics, and keeps it
// as a submission when a learner is signed in.
import type { RunRequest, RunResult } from "sandbox-runtime";
import { withGiven } from "../content/exercise-files.ts";
import type { Logger } from "../observability/logger.ts";
import type { Metrics, RunOutcome } from "../observability/metrics.ts";
import type { Store } from "../store/db.ts";
import { recordSubmission } from "../store/progress.ts";
import { QueueFullError, createBoundedQueue } from "./queue.ts";
import type { QueueState } from "./queue.ts";
import { createRateLimiter } from "./rate-limit.ts";
import type { RateLimitDecision } from "./rate-limit.ts";

/** The engine's pool (sandbox-runtime `createPool`), as this service uses it. */
export interface SandboxPool {
  run(request: RunRequest): Promise<RunResult>;
  ready(): Promise<void>;
  stats(): { size: number; busy: number; queued: number; warm: number };
  close(): Promise<void>;
}

/** What of an exercise grading needs (lib/content's Exercise has these fields). */
export interface GradableExercise {
  id: string;
  entry: string;
  /** Read-only helpers (given/): always the server's copy, whatever the learner sent. */
  given: Record<string, string>;
  tests: Record<string, string>;
  fixtures: RunRequest["fixtures"];
  limits: RunRequest["limits"];
}

export interface GradeInput {
  exercise: GradableExercise;
  files: Record<string, string>;
  /** The signed-in learner, or null: anonymous runs are graded but not stored. */
  userId: string | null;
}

export type GradeOutcome =
  | {
      ok: true;
      result: RunResult;
      /** Set when the run was kept (signed in). */ submissionId: string | null;
    }
  | { ok: false; reason: "busy"; retryAfterSeconds: number };

/** What a client is told to wait when the queue is full: about one run's time. */
const BUSY_RETRY_AFTER_SECONDS = 2;

export interface GradingService {
  /** Rate limit by client key ("user:<id>" or "ip:<addr>"); call before grade(). */
  admit(clientKey: string): RateLimitDecision;
  /**
   * A result, or `busy` when the queue is full. (A value, not a thrown class: the route
   * handlers run in Next's bundle, where this module's classes are different objects.)
   */
  grade(input: GradeInput): Promise<GradeOutcome>;
  /** The pool has at least one warm worker. */
  isReady(): boolean;
  queueState(): QueueState;
  close(): Promise<void>;
}

export interface GradingOptions {
  pool: SandboxPool;
  store: Store;
  metrics: Metrics;
  logger: Logger;
  /** Runs at the pool at once: the pool's size. */
  concurrency: number;
  /** Runs allowed to wait beyond that. */
  queueSize: number;
  ratePerMinute: number;
  rateBurst: number;
  now?: () => number;
}

export function createGradingService(options: GradingOptions): GradingService {
  const { pool, store, metrics, logger } = options;
  const now = options.now ?? Date.now;
  const limiter = createRateLimiter({
    perMinute: options.ratePerMinute,
    burst: options.rateBurst,
    now,
  });
  const queue = createBoundedQueue({
    concurrency: options.concurrency,
    capacity: options.queueSize,
    onChange: ({ active, waiting }) => {
      metrics.workersBusy.set(active);
      metrics.queueDepth.set(waiting);
    },
  });
  let closed = false;

  return {
    admit(clientKey) {
      const decision = limiter.take(clientKey);
      if (!decision.allowed) metrics.runsRejected.inc({ reason: "rate_limited" });
      return decision;
    },

    async grade({ exercise, files, userId }) {
      const started = now();
      let outcome: RunOutcome | "rejected" = "error";
      // A submitted file at a given path is dropped, not graded: the learner cannot replace a
      // helper the tests rely on, and the kept submission holds only what the learner wrote.
      const own = Object.fromEntries(
        Object.entries(files).filter(([name]) => !Object.hasOwn(exercise.given, name)),
      );
      try {
        const result = await queue.run(() =>
          pool.run({
            files: withGiven(own, exercise.given),
            entry: exercise.entry,
            tests: exercise.tests,
            fixtures: exercise.fixtures,
            limits: exercise.limits,
          }),
        );
        outcome = result.verdict;
        let submissionId: string | null = null;
        if (userId !== null) {
          const kept = await recordSubmission(store.db, {
            userId,
            exerciseId: exercise.id,
            files: own,
            verdict: result.verdict,
            tests: result.tests,
            durationMs: now() - started,
          });
          submissionId = kept.id;
        }
        return { ok: true, result, submissionId };
      } catch (error) {
        if (!(error instanceof QueueFullError)) throw error;
        metrics.runsRejected.inc({ reason: "queue_full" });
        outcome = "rejected";
        return { ok: false, reason: "busy", retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS };
      } finally {
        if (outcome !== "rejected") {
          metrics.runs.inc({ verdict: outcome });
          metrics.runDuration.observe({ verdict: outcome }, (now() - started) / 1000);
          logger.debug({ exerciseId: exercise.id, verdict: outcome }, "grading: run finished");
        }
      }
    },

    isReady: () => !closed && pool.stats().warm > 0,
    queueState: () => queue.state(),

    async close() {
      closed = true;
      await pool.close();
    },
  };
}
