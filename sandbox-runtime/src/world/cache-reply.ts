// Parsing of command arguments the way Redis does, with Redis's own error messages, and the
// shape every command has. Arguments reach commands as strings, as ioredis sends them.
import type { Keyspace } from "./cache-store.ts";
import { WorldError } from "./types.ts";

export interface Command {
  /** Arguments after normalisation: at least `min`, at most `max`. */
  min: number;
  max: number;
  /** May add memory: refused while the cache is over its memory limit (Redis's "denyoom"). */
  grows?: boolean;
  /** For GET-family commands: how many lookups found a value and how many did not. */
  lookups?(args: string[], result: unknown): { hits: number; misses: number };
  run(ks: Keyspace, args: string[]): unknown;
}

export const NOT_INTEGER = "ERR value is not an integer or out of range";
export const NOT_FLOAT = "ERR value is not a valid float";
export const SYNTAX = "ERR syntax error";

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** A Redis integer argument: optional minus, no leading zeros, within int64. */
export function parseInteger(s: string): bigint {
  if (!/^(0|-?[1-9][0-9]{0,18})$/.test(s)) throw new WorldError(NOT_INTEGER);
  const n = BigInt(s);
  if (n < INT64_MIN || n > INT64_MAX) throw new WorldError(NOT_INTEGER);
  return n;
}

/** An int64 result as ioredis hands it over: a JS number. */
export function toNumber(n: bigint): number {
  return Number(n);
}

/** Adds with Redis's overflow check. */
export function addInt64(a: bigint, b: bigint): bigint {
  const sum = a + b;
  if (sum < INT64_MIN || sum > INT64_MAX)
    throw new WorldError("ERR increment or decrement would overflow");
  return sum;
}

/** A score: a decimal number, or inf / +inf / -inf. */
export function parseScore(s: string, message = NOT_FLOAT): number {
  if (/^[+]?inf$/i.test(s)) return Infinity;
  if (/^-inf$/i.test(s)) return -Infinity;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) throw new WorldError(message);
  const n = Number(s);
  if (Number.isNaN(n)) throw new WorldError(message);
  return n;
}

/** A score as Redis prints it: shortest decimal, or inf / -inf. */
export function formatScore(n: number): string {
  if (n === Infinity) return "inf";
  if (n === -Infinity) return "-inf";
  return String(n);
}

/** A ZRANGEBYSCORE bound: "(5" is exclusive, "-inf" / "+inf" are open. */
export function parseBound(s: string): { value: number; exclusive: boolean } {
  const exclusive = s.startsWith("(");
  const value = parseScore(exclusive ? s.slice(1) : s, "ERR min or max is not a float");
  return { value, exclusive };
}

/** Redis's index rules for LRANGE / LTRIM / ZRANGE: negatives count from the end; clamps. */
export function rangeIndices(
  length: number,
  startArg: string,
  stopArg: string,
): [number, number] | null {
  let start = Number(parseInteger(startArg));
  let stop = Number(parseInteger(stopArg));
  if (start < 0) start = Math.max(length + start, 0);
  if (stop < 0) stop = length + stop;
  if (stop >= length) stop = length - 1;
  if (start > stop || start >= length) return null;
  return [start, stop];
}
