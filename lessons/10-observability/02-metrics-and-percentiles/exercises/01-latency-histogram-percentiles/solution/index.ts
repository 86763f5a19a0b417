/** Upper bounds (ms) of the latency buckets, as a Prometheus histogram would have them. */
export const LATENCY_BUCKETS_MS = [5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000];

export interface Bucket {
  /** "Less than or equal": the bucket's upper bound, or "+Inf" for the last one. */
  le: number | "+Inf";
  /** Observations <= le (cumulative, as Prometheus exposes them). */
  count: number;
}

export interface Histogram {
  observe(ms: number): void;
  count(): number;
  sum(): number;
  buckets(): Bucket[];
  quantile(q: number): number | null;
}

/**
 * A fixed-bucket latency histogram. Memory is one counter per bucket, whatever the traffic:
 * a million requests cost the same as ten. The price is precision: a quantile is known only
 * to within its bucket, and is estimated by linear interpolation inside it.
 */
export function createHistogram(bounds: readonly number[] = LATENCY_BUCKETS_MS): Histogram {
  if (bounds.length === 0 || bounds.some((b, i) => !(b > (i === 0 ? 0 : bounds[i - 1]!)))) {
    throw new RangeError("bounds must be positive and strictly increasing");
  }
  const upper = [...bounds];
  // counts[i] is the number of observations in (upper[i-1], upper[i]]; the extra last slot
  // holds everything above the highest bound (the +Inf bucket).
  const counts: number[] = new Array(upper.length + 1).fill(0);
  let total = 0;
  let sum = 0;

  return {
    observe(ms) {
      if (typeof ms !== "number" || !Number.isFinite(ms) || ms < 0) {
        throw new RangeError(`a latency must be a finite number >= 0, got ${ms}`);
      }
      let i = 0;
      while (i < upper.length && ms > upper[i]!) i++; // a value equal to a bound belongs to it
      counts[i]!++;
      total++;
      sum += ms;
    },
    count: () => total,
    sum: () => sum,
    buckets() {
      let cumulative = 0;
      return counts.map((n, i) => {
        cumulative += n;
        return { le: i < upper.length ? upper[i]! : "+Inf", count: cumulative };
      });
    },
    quantile(q) {
      if (typeof q !== "number" || !(q > 0 && q <= 1)) {
        throw new RangeError(`q must be in (0, 1], got ${q}`);
      }
      if (total === 0) return null;
      const rank = q * total; // how many observations lie at or below the answer
      let below = 0;
      for (let i = 0; i < counts.length; i++) {
        const inBucket = counts[i]!;
        if (below + inBucket >= rank) {
          // Beyond the last bound we know nothing about the values but "big": answer the
          // highest bound we do know, as Prometheus's histogram_quantile does.
          if (i === upper.length) return upper[upper.length - 1]!;
          const lower = i === 0 ? 0 : upper[i - 1]!;
          // Assume the bucket's values are spread evenly between its bounds.
          return lower + ((upper[i]! - lower) * (rank - below)) / inBucket;
        }
        below += inBucket;
      }
      return upper[upper.length - 1]!; // not reached: rank <= total
    },
  };
}
