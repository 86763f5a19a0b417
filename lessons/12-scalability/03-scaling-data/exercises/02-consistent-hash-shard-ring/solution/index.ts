import { hash32 } from "./hash.ts";

export interface HashRing {
  addShard(name: string): void;
  removeShard(name: string): void;
  /** The shard that owns `key`. Throws if the ring has no shard. */
  shardFor(key: string): string;
  shards(): string[];
}

export const DEFAULT_VNODES = 160;

interface Point {
  position: number;
  shard: string;
}

export function createHashRing(options: { vnodes?: number } = {}): HashRing {
  const vnodes = options.vnodes ?? DEFAULT_VNODES;
  const names = new Set<string>();
  // Every shard appears at `vnodes` points, kept sorted by position. With one point each,
  // a shard's share is the arc before its point, which varies wildly; with many points the
  // arcs average out, and a removed shard's keys spread over all the others.
  let ring: Point[] = [];

  function addShard(name: string): void {
    if (names.has(name)) return; // adding twice must not double its share
    names.add(name);
    for (let i = 0; i < vnodes; i++) ring.push({ position: hash32(`${name}#${i}`), shard: name });
    ring.sort((a, b) => a.position - b.position);
  }

  function removeShard(name: string): void {
    if (!names.delete(name)) return;
    ring = ring.filter((p) => p.shard !== name);
  }

  function shardFor(key: string): string {
    if (ring.length === 0) throw new Error("the ring has no shards");
    const h = hash32(key);
    // Binary search for the first point at or after h: lookups stay O(log n) per key.
    let lo = 0;
    let hi = ring.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ring[mid].position < h) lo = mid + 1;
      else hi = mid;
    }
    // Past the last point the ring wraps around to the first.
    return ring[lo === ring.length ? 0 : lo].shard;
  }

  return { addShard, removeShard, shardFor, shards: () => [...names] };
}
