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

function valid(stats: VersionStats): boolean {
  const { requests, errors, p95Ms } = stats;
  return (
    Number.isInteger(requests) &&
    Number.isInteger(errors) &&
    Number.isFinite(p95Ms) &&
    requests >= 0 &&
    errors >= 0 &&
    errors <= requests &&
    p95Ms >= 0
  );
}

export function judgeCanary(stable: VersionStats, canary: VersionStats): Verdict {
  // Broken numbers usually mean a broken metrics pipeline. A gate that cannot see must not
  // promote, and waiting would leave the unknown version serving: roll back.
  if (!valid(stable) || !valid(canary)) return { action: "rollback", reasons: ["invalid_metrics"] };
  // Without stable traffic there is nothing to compare with (and 0/0 is NaN, which makes
  // every comparison false, so a naive gate would promote).
  if (stable.requests === 0) return { action: "wait", reasons: ["no_baseline"] };
  if (canary.requests < MIN_CANARY_REQUESTS) {
    return { action: "wait", reasons: ["not_enough_traffic"] };
  }

  // Compare rates, never counts: the canary gets a small slice of the traffic, so it has
  // fewer errors even when it fails ten times as often.
  const stableRate = stable.errors / stable.requests;
  const canaryRate = canary.errors / canary.requests;
  const reasons: Reason[] = [];
  if (canaryRate > stableRate + MAX_ERROR_RATE_INCREASE) reasons.push("error_rate");
  if (canary.p95Ms > stable.p95Ms * MAX_LATENCY_RATIO) reasons.push("latency");
  return reasons.length > 0 ? { action: "rollback", reasons } : { action: "promote", reasons };
}
