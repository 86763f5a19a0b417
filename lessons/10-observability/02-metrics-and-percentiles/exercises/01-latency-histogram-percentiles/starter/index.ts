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

/** A fixed-bucket latency histogram: memory does not grow with the number of observations. */
export function createHistogram(bounds: readonly number[] = LATENCY_BUCKETS_MS): Histogram {
  const upper = [...bounds];
  // One counter per bucket, plus one for values above the highest bound (the +Inf bucket).
  const counts: number[] = new Array(upper.length + 1).fill(0);
  let total = 0;
  let sum = 0;

  return {
    observe(ms) {
      // TODO 1: refuse a negative, NaN or infinite value with a RangeError.
      // TODO 2: add 1 to the first bucket whose bound is >= ms (or to the +Inf bucket).
      total++;
      sum += ms;
    },
    count: () => total,
    sum: () => sum,
    buckets() {
      // TODO 3: cumulative counts: each bucket's count includes every bucket before it.
      return counts.map((count, i) => ({ le: i < upper.length ? upper[i]! : "+Inf", count }));
    },
    quantile(q) {
      // TODO 4: refuse q outside (0, 1] with a RangeError; answer null when empty.
      // TODO 5: rank = q * count; find the bucket where the cumulative count reaches the
      //         rank, and interpolate linearly between its lower and upper bound. Above the
      //         highest bound, answer the highest bound.
      return null;
    },
  };
}
