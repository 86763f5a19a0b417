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

interface Waiter<C> {
  resolve: (connection: C) => void;
  reject: (error: Error) => void;
  timer: number;
}

export function createPool<C>(options: PoolOptions<C>): Pool<C> {
  const { max, connect } = options;
  const acquireTimeoutMs = options.acquireTimeoutMs ?? 5000;
  if (!Number.isInteger(max) || max < 1) {
    throw new RangeError(`max must be a positive integer, got ${max}`);
  }
  if (!(acquireTimeoutMs > 0)) throw new RangeError("acquireTimeoutMs must be positive");

  const idle: C[] = [];
  const inUse = new Set<C>();
  const waiters: Waiter<C>[] = []; // first come, first served
  let opening = 0; // connects in progress count towards `max` too

  function total(): number {
    return idle.length + inUse.size + opening;
  }

  /** Opens a connection into a free slot; the slot is given back if connecting fails. */
  async function open(): Promise<C> {
    opening++;
    try {
      const connection = await connect();
      inUse.add(connection);
      return connection;
    } finally {
      opening--;
    }
  }

  /** After a failed connect a slot is free again: the longest waiter gets to try it. */
  function openForNextWaiter(): void {
    const waiter = waiters.shift();
    if (!waiter) return;
    clock.clearTimeout(waiter.timer);
    open().then(waiter.resolve, (err: Error) => {
      waiter.reject(err);
      openForNextWaiter();
    });
  }

  function acquire(): Promise<C> {
    const connection = idle.pop();
    if (connection !== undefined) {
      inUse.add(connection);
      return Promise.resolve(connection);
    }
    if (total() < max) {
      return open().catch((err: Error) => {
        openForNextWaiter();
        throw err;
      });
    }
    // Full: wait in line, but not forever. A bounded wait is backpressure: under overload
    // callers fail fast and can shed load, instead of queueing until every request times out.
    return new Promise<C>((resolve, reject) => {
      const waiter: Waiter<C> = {
        resolve,
        reject,
        timer: clock.setTimeout(() => {
          const index = waiters.indexOf(waiter);
          if (index !== -1) waiters.splice(index, 1); // never served after giving up
          reject(new Error(`timed out after ${acquireTimeoutMs} ms waiting for a connection`));
        }, acquireTimeoutMs),
      };
      waiters.push(waiter);
    });
  }

  function release(connection: C): void {
    if (!inUse.has(connection)) {
      // A double release would let two callers share one connection later: refuse it loudly.
      throw new Error("release: this connection is not in use from this pool");
    }
    const waiter = waiters.shift();
    if (waiter) {
      // Hand over directly, still counted as in use: a caller arriving now cannot jump the
      // queue by finding it idle first.
      clock.clearTimeout(waiter.timer);
      waiter.resolve(connection);
      return;
    }
    inUse.delete(connection);
    idle.push(connection);
  }

  async function use<T>(fn: (connection: C) => Promise<T>): Promise<T> {
    const connection = await acquire();
    try {
      return await fn(connection);
    } finally {
      release(connection); // on success and on failure: a leaked connection is gone for good
    }
  }

  function stats(): PoolStats {
    return { total: total(), idle: idle.length, inUse: inUse.size, waiting: waiters.length };
  }

  return { acquire, release, use, stats };
}
