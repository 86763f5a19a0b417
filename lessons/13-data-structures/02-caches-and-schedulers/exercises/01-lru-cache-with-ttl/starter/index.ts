import { clock } from "@pillars/world";

export interface LruOptions {
  /** Entries older than this (virtual milliseconds since they were set) read as absent. */
  ttlMs?: number;
}

export interface Lru<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  delete(key: string): boolean;
  size(): number;
}

interface Entry<V> {
  key: string;
  value: V;
  /** Virtual time after which the entry is stale; Infinity without a TTL. */
  expiresAt: number;
}

export function createLru<V>(capacity: number, options: LruOptions = {}): Lru<V> {
  // TODO: reject a capacity that is not a positive integer with a RangeError.
  const ttlMs = options.ttlMs;

  // A first attempt from a teammate: an array, most recently used at the end.
  // It is correct for a handful of entries, but every operation scans the array.
  // TODO: replace it with a structure where get, set and delete do not scan.
  const entries: Entry<V>[] = [];

  return {
    get(key) {
      const index = entries.findIndex((entry) => entry.key === key);
      if (index === -1) return undefined;
      const entry = entries[index];
      // TODO: an entry whose TTL has passed (see clock.now()) must read as absent.
      entries.splice(index, 1);
      entries.push(entry);
      return entry.value;
    },

    set(key, value) {
      const expiresAt = ttlMs === undefined ? Infinity : clock.now() + ttlMs;
      const index = entries.findIndex((entry) => entry.key === key);
      if (index !== -1) entries.splice(index, 1);
      entries.push({ key, value, expiresAt });
      // TODO: when the cache holds more than `capacity` entries, evict the least
      // recently used one.
    },

    delete(key) {
      const index = entries.findIndex((entry) => entry.key === key);
      if (index === -1) return false;
      entries.splice(index, 1);
      return true;
    },

    size() {
      return entries.length;
    },
  };
}
