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

  // TODO: the three states (see the README):
  // - closed: call fn; count consecutive failures (a success resets the count); at
  //   failureThreshold, open. Always rethrow the real error.
  // - open: throw CircuitOpenError without calling, until openMs have passed (clock.now()).
  // - then half-open: exactly one trial call. Success closes; failure opens for another
  //   openMs. Other calls while the trial runs get CircuitOpenError.
  return {
    state: () => state,
    async call<T>(fn: () => Promise<T>): Promise<T> {
      return fn();
    },
  };
}
