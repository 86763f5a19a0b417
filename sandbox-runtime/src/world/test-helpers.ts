// Shared by the world's tests: a hand-driven virtual clock and generous default limits.
import type { Limits } from "../types.ts";
import type { WorldDeps } from "./types.ts";

export const TEST_LIMITS: Limits = {
  memoryMb: 64,
  cpuMs: 1000,
  wallMs: 5000,
  outputBytes: 65536,
  sqlRows: 1000,
  sqlBytes: 1024 * 1024,
  cacheBytes: 1024 * 1024,
  queueLength: 100,
};

/** A clock the test moves by hand: `deps.now()` reads it, `advance(ms)` moves it. */
export function manualClock(
  start = Date.UTC(2026, 0, 1),
): WorldDeps & { advance(ms: number): void } {
  let now = start;
  return {
    now: () => now,
    advance(ms: number) {
      now += ms;
    },
  };
}
