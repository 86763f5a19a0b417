// Run limits: the defaults, the ceilings an exercise may not exceed, and the merge of an
// exercise's overrides onto the defaults (with validation: limits come from content files).
import type { Limits } from "./types.ts";

export const DEFAULT_LIMITS: Limits = Object.freeze({
  memoryMb: 64,
  cpuMs: 2000,
  wallMs: 5000,
  outputBytes: 64 * 1024,
  sqlRows: 1000,
  sqlBytes: 1024 * 1024,
  cacheBytes: 4 * 1024 * 1024,
  queueLength: 10_000,
});

/** What no exercise may ask for: keeps one run from starving the worker or the machine. */
export const MAX_LIMITS: Limits = Object.freeze({
  memoryMb: 512,
  cpuMs: 30_000,
  wallMs: 60_000,
  outputBytes: 1024 * 1024,
  sqlRows: 100_000,
  sqlBytes: 64 * 1024 * 1024,
  cacheBytes: 64 * 1024 * 1024,
  queueLength: 1_000_000,
});

/** Merges overrides onto the defaults; throws a TypeError naming the first bad field. */
export function resolveLimits(overrides: Partial<Limits> | undefined): Limits {
  const limits: Limits = { ...DEFAULT_LIMITS };
  if (overrides === undefined) return limits;
  if (typeof overrides !== "object" || overrides === null || Array.isArray(overrides)) {
    throw new TypeError("limits must be an object");
  }
  for (const [key, value] of Object.entries(overrides)) {
    if (!Object.hasOwn(DEFAULT_LIMITS, key))
      throw new TypeError(`limits.${key} is not a known limit`);
    const name = key as keyof Limits;
    if (value === undefined) continue;
    if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
      throw new TypeError(`limits.${key} must be a positive number`);
    }
    if (value > MAX_LIMITS[name])
      throw new TypeError(`limits.${key} may be at most ${MAX_LIMITS[name]}`);
    limits[name] = value;
  }
  return limits;
}
