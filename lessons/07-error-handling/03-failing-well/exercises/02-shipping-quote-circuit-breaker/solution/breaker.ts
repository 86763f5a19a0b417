import { clock } from "@pillars/world";

/** Thrown instead of calling, while the circuit is open. */
export class CircuitOpenError extends Error {
  constructor() {
    super("circuit open: not calling the dependency");
    this.name = "CircuitOpenError";
  }
}

export interface BreakerOptions {
  /** Consecutive failures that open the circuit. */
  failureThreshold: number;
  /** How long an open circuit fails fast before it lets one trial call through. */
  openMs: number;
}

export type BreakerState = "closed" | "open" | "half-open";

export interface CircuitBreaker {
  call<T>(fn: () => Promise<T>): Promise<T>;
  state(): BreakerState;
}

export function createCircuitBreaker({ failureThreshold, openMs }: BreakerOptions): CircuitBreaker {
  let state: BreakerState = "closed";
  let failures = 0;
  let openedAt = 0;

  function open() {
    state = "open";
    openedAt = clock.now();
  }

  return {
    state: () => state,
    async call<T>(fn: () => Promise<T>): Promise<T> {
      if (state === "open" && clock.now() - openedAt >= openMs) {
        // Cool-down over: this caller becomes the one trial. Switching state before the
        // await is what keeps concurrent callers from all becoming trials.
        state = "half-open";
        try {
          const value = await fn();
          state = "closed";
          failures = 0;
          return value;
        } catch (err) {
          open(); // still sick: another full cool-down
          throw err;
        }
      }
      // Open, or half-open with the trial still in flight: fail fast, without calling.
      if (state !== "closed") throw new CircuitOpenError();

      try {
        const value = await fn();
        failures = 0; // only consecutive failures count
        return value;
      } catch (err) {
        failures += 1;
        if (failures >= failureThreshold) open();
        throw err; // the caller still sees the real failure
      }
    },
  };
}
