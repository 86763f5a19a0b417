export interface RecentBuffer<T> {
  /** Records an item; when full, overwrites the oldest one. O(1). */
  push(item: T): void;
  /** Up to `limit` items, newest first (all held items when no limit is given). */
  latest(limit?: number): T[];
  /** Items held now: never more than the capacity. */
  size(): number;
  /** Items overwritten since the buffer was created: what the bound cost you. */
  dropped(): number;
}

// What the admin page uses today. It answers correctly, but it keeps every item ever
// pushed: during an error storm it grows until the process runs out of memory.
export function createRecentBuffer<T>(capacity: number): RecentBuffer<T> {
  // TODO: reject a capacity that is not a positive integer (RangeError).
  // TODO: hold at most `capacity` items: a fixed-size array and a write index that wraps.
  const items: T[] = [];

  return {
    push(item) {
      items.push(item);
    },

    latest(limit = capacity) {
      // TODO: reject a limit that is not a non-negative integer (RangeError).
      return items.slice(-capacity).reverse().slice(0, limit);
    },

    size() {
      return Math.min(items.length, capacity);
    },

    dropped() {
      // TODO: count the items overwritten because the buffer was full.
      return 0;
    },
  };
}
