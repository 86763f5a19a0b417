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
  // TODO: start up to `maxSurge` new instances at once, not one.
  // TODO: instead of a fixed pause, probe `cluster.isReady` every `probeIntervalMs` until the
  //       new instances are ready. If one is not ready within `readyTimeoutMs`, stop the new
  //       instances of this batch and return { status: "halted", replaced }.
  // TODO: leave instances that already run `version` alone.
  void maxSurge;
  void readyTimeoutMs;
  void probeIntervalMs;
  let replaced = 0;
  for (const instance of cluster.instances()) {
    await cluster.start(version);
    await clock.sleep(2_000); // "should be up by then"
    await cluster.stop(instance.id);
    replaced += 1;
  }
  return { status: "complete", replaced };
}
