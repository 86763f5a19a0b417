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

/** One entry, and a link in the recency list: `prev` is more recent, `next` less recent. */
interface Node<V> {
  key: string;
  value: V;
  /** Virtual time from which the entry reads as absent; Infinity without a TTL. */
  expiresAt: number;
  prev: Node<V> | null;
  next: Node<V> | null;
}

export function createLru<V>(capacity: number, options: LruOptions = {}): Lru<V> {
  if (!Number.isInteger(capacity) || capacity < 1) {
    throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
  }
  const ttlMs = options.ttlMs;
  if (ttlMs !== undefined && !(ttlMs > 0)) {
    throw new RangeError(`ttlMs must be a positive number, got ${ttlMs}`);
  }

  // The map finds a node by key in O(1); the doubly linked list keeps the recency order,
  // and because each node knows its neighbours, moving or removing one is also O(1).
  const nodes = new Map<string, Node<V>>();
  let newest: Node<V> | null = null;
  let oldest: Node<V> | null = null;

  function unlink(node: Node<V>): void {
    if (node.prev) node.prev.next = node.next;
    else newest = node.next;
    if (node.next) node.next.prev = node.prev;
    else oldest = node.prev;
    node.prev = node.next = null;
  }

  function pushNewest(node: Node<V>): void {
    node.next = newest;
    if (newest) newest.prev = node;
    newest = node;
    if (!oldest) oldest = node;
  }

  function remove(node: Node<V>): void {
    unlink(node);
    nodes.delete(node.key);
  }

  return {
    get(key) {
      const node = nodes.get(key);
      if (node === undefined) return undefined;
      if (clock.now() >= node.expiresAt) {
        // Lazy expiry: a stale entry is dropped when someone asks for it, so no timer
        // or sweep is needed; until then it is simply the first candidate for eviction.
        remove(node);
        return undefined;
      }
      unlink(node);
      pushNewest(node);
      return node.value;
    },

    set(key, value) {
      const expiresAt = ttlMs === undefined ? Infinity : clock.now() + ttlMs;
      const existing = nodes.get(key);
      if (existing) {
        // An update is a use: new value, fresh TTL, front of the list; the size is unchanged.
        existing.value = value;
        existing.expiresAt = expiresAt;
        unlink(existing);
        pushNewest(existing);
        return;
      }
      const node: Node<V> = { key, value, expiresAt, prev: null, next: null };
      nodes.set(key, node);
      pushNewest(node);
      if (nodes.size > capacity && oldest) remove(oldest);
    },

    delete(key) {
      const node = nodes.get(key);
      if (node === undefined) return false;
      remove(node);
      return true;
    },

    size() {
      return nodes.size;
    },
  };
}
