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

export function createRecentBuffer<T>(capacity: number): RecentBuffer<T> {
  if (!Number.isInteger(capacity) || capacity < 1) {
    throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
  }
  // The array never grows past `capacity`: memory is decided here, once, not by traffic.
  const slots: T[] = new Array<T>(capacity);
  let next = 0; // where the next push writes
  let count = 0;
  let overwritten = 0;

  return {
    push(item) {
      if (count === capacity) overwritten++;
      else count++;
      slots[next] = item;
      // Wrap around instead of shifting: the oldest item is simply the next to be overwritten.
      next = (next + 1) % capacity;
    },

    latest(limit = count) {
      if (!Number.isInteger(limit) || limit < 0) {
        throw new RangeError(`limit must be a non-negative integer, got ${limit}`);
      }
      const n = Math.min(limit, count);
      const items: T[] = [];
      // Walk backwards from the last write, wrapping below index 0.
      for (let i = 1; i <= n; i++) items.push(slots[(next - i + capacity) % capacity]);
      return items;
    },

    size() {
      return count;
    },

    dropped() {
      return overwritten;
    },
  };
}
