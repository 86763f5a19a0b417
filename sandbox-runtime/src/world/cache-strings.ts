// Keyspace, string, counter and TTL commands, with Redis semantics on the virtual clock.
import {
  addInt64,
  NOT_INTEGER,
  parseInteger,
  SYNTAX,
  toNumber,
  type Command,
} from "./cache-reply.ts";
import type { Keyspace } from "./cache-store.ts";
import { compileGlob } from "./glob.ts";
import { WorldError } from "./types.ts";

const ANY = Number.POSITIVE_INFINITY;

function getString(ks: Keyspace, key: string): string | null {
  return ks.read(key, "string")?.value ?? null;
}

/** SET key value [NX|XX] [EX seconds|PX ms|KEEPTTL], options in any order. */
function set(ks: Keyspace, [key, value, ...options]: string[]): "OK" | null {
  let condition: "NX" | "XX" | null = null;
  let ttlMs: number | null = null;
  let keepTtl = false;
  for (let i = 0; i < options.length; i++) {
    const opt = options[i]!.toUpperCase();
    if ((opt === "NX" || opt === "XX") && condition === null) condition = opt;
    else if (opt === "KEEPTTL" && ttlMs === null) keepTtl = true;
    else if (
      (opt === "EX" || opt === "PX") &&
      ttlMs === null &&
      !keepTtl &&
      i + 1 < options.length
    ) {
      const n = parseInteger(options[++i]!);
      if (n <= 0n) throw new WorldError("ERR invalid expire time in 'set' command");
      ttlMs = Number(n) * (opt === "EX" ? 1000 : 1);
    } else throw new WorldError(SYNTAX);
  }
  const existing = ks.lookup(key!);
  if ((condition === "NX" && existing) || (condition === "XX" && !existing)) return null;
  const expiresAt =
    ttlMs !== null ? ks.now() + ttlMs : keepTtl ? (existing?.expiresAt ?? null) : null;
  ks.setString(key!, value!, expiresAt);
  return "OK";
}

function incrBy(ks: Keyspace, key: string, by: bigint): number {
  const entry = ks.read(key, "string");
  const current = entry ? parseInteger(entry.value) : 0n;
  const next = String(addInt64(current, by));
  if (entry) {
    ks.grow(entry, next.length - entry.value.length);
    entry.value = next; // INCR keeps the key's TTL
  } else {
    ks.setString(key, next, null);
  }
  return toNumber(BigInt(next));
}

/** EXPIRE / PEXPIRE: a time in the past deletes the key, as Redis does. */
function expireIn(ks: Keyspace, key: string, ms: number): 0 | 1 {
  const entry = ks.lookup(key);
  if (!entry) return 0;
  if (ms <= 0) ks.remove(key);
  else entry.expiresAt = ks.now() + ms;
  return 1;
}

function ttlMs(ks: Keyspace, key: string): number {
  const entry = ks.lookup(key);
  if (!entry) return -2;
  if (entry.expiresAt === null) return -1;
  return entry.expiresAt - ks.now();
}

const found = (result: unknown) => ({
  hits: result === null ? 0 : 1,
  misses: result === null ? 1 : 0,
});

export const STRING_COMMANDS: Record<string, Command> = {
  get: { min: 1, max: 1, lookups: (_a, r) => found(r), run: (ks, [k]) => getString(ks, k!) },
  set: { min: 2, max: 6, grows: true, run: set },
  setex: {
    min: 3,
    max: 3,
    grows: true,
    run: (ks, [k, s, v]) => {
      const seconds = parseInteger(s!);
      if (seconds <= 0n) throw new WorldError("ERR invalid expire time in 'setex' command");
      ks.setString(k!, v!, ks.now() + Number(seconds) * 1000);
      return "OK";
    },
  },
  setnx: {
    min: 2,
    max: 2,
    grows: true,
    run: (ks, [k, v]) => (set(ks, [k!, v!, "NX"]) === "OK" ? 1 : 0),
  },
  mget: {
    min: 1,
    max: ANY,
    lookups: (args, r) => {
      const hits = (r as unknown[]).filter((v) => v !== null).length;
      return { hits, misses: args.length - hits };
    },
    // MGET answers nil for a key of another type, not WRONGTYPE.
    run: (ks, keys) => keys.map((k) => (ks.lookup(k)?.kind === "string" ? getString(ks, k) : null)),
  },
  mset: {
    min: 2,
    max: ANY,
    grows: true,
    run: (ks, args) => {
      if (args.length % 2 !== 0)
        throw new WorldError("ERR wrong number of arguments for 'mset' command");
      for (let i = 0; i < args.length; i += 2) ks.setString(args[i]!, args[i + 1]!, null);
      return "OK";
    },
  },
  del: {
    min: 1,
    max: ANY,
    run: (ks, keys) => keys.filter((k) => ks.lookup(k) && ks.remove(k)).length,
  },
  exists: {
    min: 1,
    max: ANY,
    lookups: (args, r) => ({ hits: r as number, misses: args.length - (r as number) }),
    run: (ks, keys) => keys.filter((k) => ks.lookup(k)).length,
  },
  expire: {
    min: 2,
    max: 2,
    run: (ks, [k, s]) => expireIn(ks, k!, Number(parseInteger(s!)) * 1000),
  },
  pexpire: { min: 2, max: 2, run: (ks, [k, ms]) => expireIn(ks, k!, Number(parseInteger(ms!))) },
  ttl: {
    min: 1,
    max: 1,
    run: (ks, [k]) => {
      const ms = ttlMs(ks, k!);
      return ms < 0 ? ms : Math.floor((ms + 500) / 1000); // Redis rounds to the nearest second
    },
  },
  pttl: { min: 1, max: 1, run: (ks, [k]) => ttlMs(ks, k!) },
  persist: {
    min: 1,
    max: 1,
    run: (ks, [k]) => {
      const entry = ks.lookup(k!);
      if (!entry || entry.expiresAt === null) return 0;
      entry.expiresAt = null;
      return 1;
    },
  },
  incr: { min: 1, max: 1, grows: true, run: (ks, [k]) => incrBy(ks, k!, 1n) },
  decr: { min: 1, max: 1, grows: true, run: (ks, [k]) => incrBy(ks, k!, -1n) },
  incrby: { min: 2, max: 2, grows: true, run: (ks, [k, by]) => incrBy(ks, k!, parseInteger(by!)) },
  decrby: {
    min: 2,
    max: 2,
    grows: true,
    run: (ks, [k, by]) => {
      const n = parseInteger(by!);
      if (n === -(2n ** 63n)) throw new WorldError(NOT_INTEGER);
      return incrBy(ks, k!, -n);
    },
  },
  keys: {
    min: 1,
    max: 1,
    run: (ks, [pattern]) => {
      const matches = compileGlob(pattern!);
      return [...ks.liveKeys()].filter(matches);
    },
  },
};
