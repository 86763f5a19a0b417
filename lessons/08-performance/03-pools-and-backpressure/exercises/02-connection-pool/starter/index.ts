import { clock } from "@pillars/world";

export interface PoolOptions<C> {
  /** Most connections open at once, idle or in use. */
  max: number;
  /** Opens one new connection (slow: a network round trip, TLS, authentication). */
  connect: () => Promise<C>;
  /** How long `acquire` waits for a free connection before it rejects. Default 5000 ms. */
  acquireTimeoutMs?: number;
}

export interface PoolStats {
  total: number;
  idle: number;
  inUse: number;
  waiting: number;
}

export interface Pool<C> {
  acquire(): Promise<C>;
  release(connection: C): void;
  use<T>(fn: (connection: C) => Promise<T>): Promise<T>;
  stats(): PoolStats;
}

export function createPool<C>(options: PoolOptions<C>): Pool<C> {
  const { max, connect } = options;
  const acquireTimeoutMs = options.acquireTimeoutMs ?? 5000; // for TODO 2
  // TODO 1: refuse a max that is not a positive integer (RangeError).

  const idle: C[] = [];
  const inUse = new Set<C>();

  async function acquire(): Promise<C> {
    const connection = idle.pop();
    if (connection !== undefined) {
      inUse.add(connection);
      return connection;
    }
    // TODO 2: this opens a new connection whenever none is idle, so a burst of 100 requests
    //         opens 100 connections. Open at most `max` (count connects still in progress);
    //         past that, queue the caller until a connection is released, first come, first
    //         served, and reject if none comes within `acquireTimeoutMs`:
    //         const timer = clock.setTimeout(() => { ... }, acquireTimeoutMs);
    // TODO 3: if connect() fails, its slot must be free again.
    const opened = await connect();
    inUse.add(opened);
    return opened;
  }

  function release(connection: C): void {
    // TODO 4: refuse a connection that is not in use (a double release).
    // TODO 5: if someone is waiting, hand the connection straight to the first in line.
    inUse.delete(connection);
    idle.push(connection);
  }

  async function use<T>(fn: (connection: C) => Promise<T>): Promise<T> {
    const connection = await acquire();
    const result = await fn(connection);
    // TODO 6: when fn throws, this line never runs and the connection leaks.
    release(connection);
    return result;
  }

  function stats(): PoolStats {
    return { total: idle.length + inUse.size, idle: idle.length, inUse: inUse.size, waiting: 0 };
  }

  return { acquire, release, use, stats };
}
