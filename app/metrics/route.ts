// Prometheus scrape endpoint: HTTP, run and process metrics from the shared registry.
import { fromRuntime } from "#lib/runtime.ts";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const { registry } = fromRuntime("metrics");
  return new Response(await registry.metrics(), {
    headers: { "content-type": registry.contentType, "cache-control": "no-store" },
  });
}
