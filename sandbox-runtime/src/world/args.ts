// Validation of arguments that arrive from guest code. They are copies (plain data), but their
// content is hostile: every check throws a WorldError whose message names the call and the
// argument, so the learner can fix the call. Objects are only read through Object.hasOwn, and
// unknown keys (including "__proto__" and "constructor") are refused, never merged.
import { WorldError } from "./types.ts";

/** A plain data object: its prototype is Object.prototype or null (what a copy produces). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function expectString(value: unknown, what: string, maxLength: number): string {
  if (typeof value !== "string") throw new WorldError(`${what} must be a string`);
  if (value.length > maxLength) {
    throw new WorldError(`${what} is too long (${value.length} characters, at most ${maxLength})`);
  }
  return value;
}

export function expectNonEmptyString(value: unknown, what: string, maxLength: number): string {
  const s = expectString(value, what, maxLength);
  if (s.length === 0) throw new WorldError(`${what} must not be empty`);
  return s;
}

/** A finite number within [min, max]. */
export function expectNumber(value: unknown, what: string, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new WorldError(`${what} must be a finite number`);
  }
  if (value < min || value > max) throw new WorldError(`${what} must be between ${min} and ${max}`);
  return value;
}

/** An integer within [min, max]. */
export function expectInteger(value: unknown, what: string, min: number, max: number): number {
  const n = expectNumber(value, what, min, max);
  if (!Number.isInteger(n)) throw new WorldError(`${what} must be an integer`);
  return n;
}

export function expectArray(value: unknown, what: string, maxLength: number): unknown[] {
  if (!Array.isArray(value)) throw new WorldError(`${what} must be an array`);
  if (value.length > maxLength) {
    throw new WorldError(`${what} has too many items (${value.length}, at most ${maxLength})`);
  }
  return value;
}

/**
 * An options object (or undefined, read as {}) whose keys must all be in `allowed`.
 * Returns a null-prototype copy holding only the allowed keys that were set.
 */
export function expectOptions(
  value: unknown,
  what: string,
  allowed: readonly string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null);
  if (value === undefined || value === null) return out;
  if (!isPlainObject(value)) throw new WorldError(`${what} must be an object`);
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      const list = allowed.length > 0 ? allowed.join(", ") : "none";
      throw new WorldError(`${what}: unknown option "${key.slice(0, 40)}" (allowed: ${list})`);
    }
    if (Object.hasOwn(value, key) && value[key] !== undefined) out[key] = value[key];
  }
  return out;
}

/** Refuses calls with more arguments than an op takes: a sign of a misunderstood API. */
export function expectArgCount(args: unknown[], what: string, min: number, max: number): void {
  if (args.length < min || args.length > max) {
    const want = min === max ? `${min}` : `${min} to ${max}`;
    throw new WorldError(`${what} takes ${want} argument(s), got ${args.length}`);
  }
}

/** Collapses whitespace and cuts a string for the trace. */
export function truncateForTrace(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
