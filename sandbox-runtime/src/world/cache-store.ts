// The cache's keyspace: Redis's data types over plain Maps, expiring on the VIRTUAL clock and
// counting its approximate memory. Commands (cache-strings.ts, cache-hashes-lists.ts,
// cache-sets.ts) read and change it only through these methods, so that expiry and memory
// accounting cannot be forgotten.
import { WorldError } from "./types.ts";

/** Approximate bookkeeping cost of a key, and of an element of a collection, in bytes. */
export const KEY_OVERHEAD = 16;
export const ELEMENT_OVERHEAD = 8;

export interface ValueOf {
  string: string;
  hash: Map<string, string>;
  list: string[];
  set: Set<string>;
  zset: Map<string, number>;
}
export type Kind = keyof ValueOf;

export interface Entry<K extends Kind = Kind> {
  kind: K;
  value: ValueOf[K];
  /** Virtual ms at which the key stops existing (it lives while now <= expiresAt), or null. */
  expiresAt: number | null;
  /** Approximate bytes: key, values and overheads. */
  bytes: number;
}

export const WRONGTYPE = "WRONGTYPE Operation against a key holding the wrong kind of value";

export class Keyspace {
  private entries = new Map<string, Entry>();
  private clock: () => number;
  /** Approximate memory in use, the sum of every live entry's `bytes`. */
  usedBytes = 0;

  constructor(now: () => number) {
    this.clock = now;
  }

  /** The live entry at `key`, expiring it first if its time has passed (Redis: now > when). */
  lookup(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt !== null && this.now() > entry.expiresAt) {
      this.remove(key);
      return undefined;
    }
    return entry;
  }

  /** The live entry at `key` if it holds a `kind`; WRONGTYPE if it holds something else. */
  read<K extends Kind>(key: string, kind: K): Entry<K> | undefined {
    const entry = this.lookup(key);
    if (entry && entry.kind !== kind) throw new WorldError(WRONGTYPE);
    return entry as Entry<K> | undefined;
  }

  /** Like read, but creates an empty collection when the key is missing. */
  readOrCreate<K extends Exclude<Kind, "string">>(
    key: string,
    kind: K,
    empty: () => ValueOf[K],
  ): Entry<K> {
    const existing = this.read(key, kind);
    if (existing) return existing;
    const entry: Entry<K> = { kind, value: empty(), expiresAt: null, bytes: 0 };
    this.entries.set(key, entry);
    this.grow(entry, key.length + KEY_OVERHEAD);
    return entry;
  }

  /** Stores a string, replacing whatever was there (and, unless told, its TTL). */
  setString(key: string, value: string, expiresAt: number | null): void {
    this.remove(key);
    const entry: Entry<"string"> = { kind: "string", value, expiresAt, bytes: 0 };
    this.entries.set(key, entry);
    this.grow(entry, key.length + KEY_OVERHEAD + value.length);
  }

  grow(entry: Entry, delta: number): void {
    entry.bytes += delta;
    this.usedBytes += delta;
  }

  remove(key: string): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.entries.delete(key);
    this.usedBytes -= entry.bytes;
    return true;
  }

  /** Redis deletes a collection when its last element goes. */
  dropIfEmpty(key: string, entry: Entry): void {
    const v = entry.value;
    const size = typeof v === "string" ? 1 : Array.isArray(v) ? v.length : v.size;
    if (size === 0) this.remove(key);
  }

  /** Live keys, in insertion order. */
  *liveKeys(): Generator<string> {
    for (const key of [...this.entries.keys()]) if (this.lookup(key)) yield key;
  }

  /** Drops every expired key (Redis does this in the background); frees their memory. */
  purgeExpired(): void {
    for (const key of [...this.entries.keys()]) this.lookup(key);
  }

  /** Virtual ms now. */
  now(): number {
    return this.clock();
  }
}
