import { hash32 } from "./hash.ts";

export interface HashRing {
  addShard(name: string): void;
  removeShard(name: string): void;
  /** The shard that owns `key`. Throws if the ring has no shard. */
  shardFor(key: string): string;
  shards(): string[];
}

export const DEFAULT_VNODES = 160;

export function createHashRing(options: { vnodes?: number } = {}): HashRing {
  const vnodes = options.vnodes ?? DEFAULT_VNODES;
  void vnodes; // TODO: place every shard on the ring at `vnodes` points.
  const names: string[] = [];

  // Today's sharding: hash modulo the number of shards. Balanced, but when the count
  // changes from 4 to 5, most keys get a different remainder and must move.
  // TODO: replace it with a ring: sorted points hash32(`${name}#${i}`), and a key belongs
  //       to the first point at or after hash32(key), wrapping around past the last.
  function addShard(name: string): void {
    names.push(name);
  }

  function removeShard(name: string): void {
    const at = names.indexOf(name);
    if (at !== -1) names.splice(at, 1);
  }

  function shardFor(key: string): string {
    return names[hash32(key) % names.length];
  }

  return { addShard, removeShard, shardFor, shards: () => [...names] };
}
