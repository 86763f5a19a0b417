/** Traffic one version served during the observation window. */
export interface VersionStats {
  requests: number;
  /** Responses with a 5xx status. */
  errors: number;
  /** 95th percentile latency, ms. */
  p95Ms: number;
}

export type Reason =
  "invalid_metrics" | "no_baseline" | "not_enough_traffic" | "error_rate" | "latency";

export interface Verdict {
  action: "promote" | "wait" | "rollback";
  reasons: Reason[];
}

/** Below this many canary requests, a few unlucky errors decide everything: wait. */
export const MIN_CANARY_REQUESTS = 500;
/** The canary may fail at most 1 percentage point more often than the stable version. */
export const MAX_ERROR_RATE_INCREASE = 0.01;
/** The canary's p95 may be at most 25% slower than the stable version's. */
export const MAX_LATENCY_RATIO = 1.25;

export function judgeCanary(stable: VersionStats, canary: VersionStats): Verdict {
  // TODO: roll back on invalid numbers; wait without a baseline or with too little
  //       canary traffic.
  // TODO: this compares counts. The canary gets 5% of the traffic, so it almost always has
  //       fewer errors than the stable version, however badly it fails. Compare rates, and
  //       allow the margins above.
  const reasons: Reason[] = [];
  if (canary.errors > stable.errors) reasons.push("error_rate");
  if (canary.p95Ms > stable.p95Ms) reasons.push("latency");
  return reasons.length > 0 ? { action: "rollback", reasons } : { action: "promote", reasons };
}
