// Creates the sandbox pool at server start and waits until it is warm, so the first learner's
// run does not pay for worker start-up.
import type { Env } from "../env.ts";
import type { Logger } from "../observability/logger.ts";
import type { Metrics } from "../observability/metrics.ts";
import type { Store } from "../store/db.ts";
import { createGradingService } from "./service.ts";
import type { GradingService } from "./service.ts";

export async function startGrading(
  env: Env,
  deps: { store: Store; metrics: Metrics; logger: Logger },
): Promise<GradingService> {
  const { createPool } = await import("sandbox-runtime");
  const pool = createPool({ size: env.PILLARS_SANDBOX_POOL_SIZE });
  await pool.ready();
  deps.logger.info({ size: env.PILLARS_SANDBOX_POOL_SIZE }, "grading: sandbox pool warm");
  return createGradingService({
    ...deps,
    pool,
    concurrency: env.PILLARS_SANDBOX_POOL_SIZE,
    queueSize: env.PILLARS_GRADING_QUEUE_SIZE,
    ratePerMinute: env.PILLARS_RUN_RATE_PER_MINUTE,
    rateBurst: env.PILLARS_RUN_RATE_BURST,
  });
}
