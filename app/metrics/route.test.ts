import { describe, expect, it } from "vitest";
import { fromRuntime } from "#lib/runtime.ts";
import { GET } from "./route.ts";

describe("GET /metrics", () => {
  it("serves Prometheus text with HTTP, run and process metrics", async () => {
    const metrics = fromRuntime("metrics");
    metrics.httpDuration.observe({ method: "GET", route: "/healthz", status: "200" }, 0.01);
    metrics.runs.inc({ verdict: "passed" });
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toContain(
      'http_request_duration_seconds_count{method="GET",route="/healthz",status="200"} 1',
    );
    expect(text).toContain('pillars_runs_total{verdict="passed"} 1');
    expect(text).toContain("# TYPE pillars_run_duration_seconds histogram");
    expect(text).toContain("pillars_grading_queue_depth");
    expect(text).toContain("pillars_sandbox_workers_busy");
    expect(text).toContain("process_cpu_user_seconds_total");
  });
});
