import { clock } from "@pillars/world";

/** One running copy of the app (a pod). */
export interface Instance {
  id: string;
  version: string;
}

/** What the controller can do to the cluster. Every call takes virtual time. */
export interface Cluster {
  /** Instances running now, ready or not. */
  instances(): Instance[];
  /** Starts an instance of `version`; it resolves once the process runs, before it is ready. */
  start(version: string): Promise<Instance>;
  /** The instance's readiness probe: true when it can take traffic. */
  isReady(id: string): Promise<boolean>;
  /** Stops an instance gracefully. */
  stop(id: string): Promise<void>;
}

export interface RolloutOptions {
  /** New instances started at once, above the desired count (Kubernetes' maxSurge). */
  maxSurge?: number;
  /** How long a new instance may take to become ready before the rollout halts. */
  readyTimeoutMs?: number;
  /** How often the readiness probe runs while waiting. */
  probeIntervalMs?: number;
}

export interface RolloutResult {
  status: "complete" | "halted";
  /** Old instances replaced by ready new ones. */
  replaced: number;
}

export async function rollingUpdate(
  cluster: Cluster,
  version: string,
  { maxSurge = 1, readyTimeoutMs = 30_000, probeIntervalMs = 1_000 }: RolloutOptions = {},
): Promise<RolloutResult> {
  if (!Number.isInteger(maxSurge) || maxSurge < 1) {
    throw new RangeError("maxSurge must be a positive integer");
  }
  // Instances already on the target version (a re-run after a halt) are left alone.
  const old = cluster.instances().filter((instance) => instance.version !== version);
  let replaced = 0;
  while (replaced < old.length) {
    const batch = old.slice(replaced, replaced + maxSurge);
    // Start the whole batch at once: warm-ups overlap, so a bigger surge is a faster deploy.
    const fresh = await Promise.all(batch.map(() => cluster.start(version)));
    const ready = await Promise.all(
      fresh.map((instance) =>
        waitUntilReady(cluster, instance.id, readyTimeoutMs, probeIntervalMs),
      ),
    );
    if (!ready.every(Boolean)) {
      // The new version cannot serve. Remove what this batch started and stop here: the old
      // instances that are left were never touched, so capacity is what it was.
      await Promise.all(fresh.map((instance) => cluster.stop(instance.id)));
      return { status: "halted", replaced };
    }
    // Only now is it safe to remove as many old instances as we added ready new ones.
    await Promise.all(batch.map((instance) => cluster.stop(instance.id)));
    replaced += batch.length;
  }
  return { status: "complete", replaced };
}

/** Probes every `intervalMs` until ready or `timeoutMs` has passed. A probe that throws is a
 * "not ready" answer, not a reason to abandon the rollout half-way. */
async function waitUntilReady(
  cluster: Cluster,
  id: string,
  timeoutMs: number,
  intervalMs: number,
): Promise<boolean> {
  const deadline = clock.now() + timeoutMs;
  for (;;) {
    const ready = await cluster.isReady(id).catch(() => false);
    if (ready) return true;
    const left = deadline - clock.now();
    if (left <= 0) return false;
    // The last probe lands on the deadline itself, not one interval before it.
    await clock.sleep(Math.min(intervalMs, left));
  }
}
