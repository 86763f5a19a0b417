// Prometheus metrics. Created once per process (lib/runtime.ts keeps the instance), on
// prom-client's default registry: prom-client is a server external in next.config.ts, so
// server.ts and the bundled route handlers load the same copy and see the same registry.
import { Counter, Gauge, Histogram, collectDefaultMetrics, register } from "prom-client";
import type { Registry } from "prom-client";
import type { Verdict } from "sandbox-runtime";

export interface Metrics {
  registry: Registry;
  httpDuration: Histogram<"method" | "route" | "status">;
  runs: Counter<"verdict">;
  runsRejected: Counter<"reason">;
  runDuration: Histogram<"verdict">;
  queueDepth: Gauge;
  workersBusy: Gauge;
}

export type RunRejection = "queue_full" | "rate_limited";
export type RunOutcome = Verdict | "error";

/** `registry` defaults to prom-client's global one; tests pass a fresh Registry. */
export function createMetrics(registry: Registry = register): Metrics {
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    httpDuration: new Histogram({
      name: "http_request_duration_seconds",
      help: "HTTP request duration by method, matched route pattern and status.",
      labelNames: ["method", "route", "status"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    runs: new Counter({
      name: "pillars_runs_total",
      help: "Exercise runs graded, by verdict ('error' when the engine itself failed).",
      labelNames: ["verdict"],
      registers,
    }),
    runsRejected: new Counter({
      name: "pillars_runs_rejected_total",
      help: "Exercise runs refused before grading, by reason.",
      labelNames: ["reason"],
      registers,
    }),
    runDuration: new Histogram({
      name: "pillars_run_duration_seconds",
      help: "Time from accepting a run to its result, queueing included, by verdict.",
      labelNames: ["verdict"],
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    }),
    queueDepth: new Gauge({
      name: "pillars_grading_queue_depth",
      help: "Runs waiting for a sandbox worker.",
      registers,
    }),
    workersBusy: new Gauge({
      name: "pillars_sandbox_workers_busy",
      help: "Sandbox workers running a learner's code right now.",
      registers,
    }),
  };
}
