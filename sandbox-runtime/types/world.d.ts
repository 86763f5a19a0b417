/* eslint-disable @typescript-eslint/no-explicit-any -- rows default to any, as in pg: learners index them freely */
// The simulated world, as learner code sees it: `import { db, cache, queue, clock, http, log } from "@pillars/world"`.
// Shaped like the real clients (pg, ioredis, an SQS-like queue) so that skills transfer.
// Every call costs virtual latency (see sandbox-runtime/README.md, "Latency model") and lands
// in the run's trace. Time is virtual: nothing here ever waits for real.
declare module "@pillars/world" {
  // ---------------------------------------------------------------- db (SQLite, pg-shaped)
  export interface QueryResult<Row = Record<string, any>> {
    /** The rows a SELECT (or RETURNING) produced, as plain objects keyed by column name. */
    rows: Row[];
    /** Rows returned for a SELECT, rows changed for INSERT / UPDATE / DELETE. */
    rowCount: number;
  }
  export interface Db {
    /**
     * Runs one SQL statement against this run's SQLite database.
     * Placeholders are `$1, $2, ...` as in pg (`?` also works). Values: string, number,
     * bigint, boolean (stored as 0/1), null. `BEGIN` / `COMMIT` / `ROLLBACK` work as statements:
     * a bare `BEGIN` waits for its turn like `transaction` does, and holds it until `COMMIT` /
     * `ROLLBACK`. Statements outside a transaction never wait: they run at once on the same
     * connection (so, unlike a real pool, they can see an open transaction's writes).
     */
    query<Row = Record<string, any>>(sql: string, params?: unknown[]): Promise<QueryResult<Row>>;
    /**
     * Runs `fn` inside BEGIN ... COMMIT; rolls back and rethrows if `fn` throws or rejects.
     * Transactions run one at a time, first come first served (SQLite has a single writer):
     * `Promise.all` of two transactions runs both, the second after the first ends. Use `tx`
     * inside `fn`; `tx.transaction` nests as a SAVEPOINT. Calling `db.transaction` (not
     * `tx.transaction`) inside `fn` waits for the outer one forever, like a pool of one.
     */
    transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  }
  export const db: Db;

  // ---------------------------------------------------------------- cache (ioredis API)
  /** A subset of ioredis's API (strings, counters, hashes, lists, sets, sorted sets, TTLs). */
  export interface Cache {
    get(key: string): Promise<string | null>;
    set(key: string, value: string | number): Promise<"OK">;
    set(key: string, value: string | number, mode: "EX" | "PX", ttl: number): Promise<"OK">;
    set(
      key: string,
      value: string | number,
      mode: "EX" | "PX",
      ttl: number,
      nx: "NX" | "XX",
    ): Promise<"OK" | null>;
    set(key: string, value: string | number, nx: "NX" | "XX"): Promise<"OK" | null>;
    setex(key: string, seconds: number, value: string | number): Promise<"OK">;
    setnx(key: string, value: string | number): Promise<0 | 1>;
    mget(...keys: string[]): Promise<(string | null)[]>;
    mset(...keyValues: (string | number)[]): Promise<"OK">;
    del(...keys: string[]): Promise<number>;
    exists(...keys: string[]): Promise<number>;
    expire(key: string, seconds: number): Promise<0 | 1>;
    pexpire(key: string, ms: number): Promise<0 | 1>;
    ttl(key: string): Promise<number>;
    pttl(key: string): Promise<number>;
    persist(key: string): Promise<0 | 1>;
    incr(key: string): Promise<number>;
    incrby(key: string, by: number): Promise<number>;
    decr(key: string): Promise<number>;
    decrby(key: string, by: number): Promise<number>;
    hget(key: string, field: string): Promise<string | null>;
    hset(key: string, field: string, value: string | number): Promise<number>;
    hset(key: string, values: Record<string, string | number>): Promise<number>;
    hgetall(key: string): Promise<Record<string, string>>;
    hdel(key: string, ...fields: string[]): Promise<number>;
    hincrby(key: string, field: string, by: number): Promise<number>;
    lpush(key: string, ...values: (string | number)[]): Promise<number>;
    rpush(key: string, ...values: (string | number)[]): Promise<number>;
    lpop(key: string): Promise<string | null>;
    rpop(key: string): Promise<string | null>;
    lrange(key: string, start: number, stop: number): Promise<string[]>;
    llen(key: string): Promise<number>;
    ltrim(key: string, start: number, stop: number): Promise<"OK">;
    sadd(key: string, ...members: (string | number)[]): Promise<number>;
    srem(key: string, ...members: (string | number)[]): Promise<number>;
    smembers(key: string): Promise<string[]>;
    sismember(key: string, member: string | number): Promise<0 | 1>;
    scard(key: string): Promise<number>;
    zadd(key: string, ...scoreMembers: (string | number)[]): Promise<number>;
    zrem(key: string, ...members: (string | number)[]): Promise<number>;
    zscore(key: string, member: string): Promise<string | null>;
    zcard(key: string): Promise<number>;
    zrange(key: string, start: number, stop: number, withScores?: "WITHSCORES"): Promise<string[]>;
    zrangebyscore(key: string, min: number | string, max: number | string): Promise<string[]>;
    zremrangebyscore(key: string, min: number | string, max: number | string): Promise<number>;
    /** Glob patterns are capped in length and wildcard count; prefer exact keys. */
    keys(pattern: string): Promise<string[]>;
  }
  export const cache: Cache;

  // ---------------------------------------------------------------- queue (SQS-shaped)
  export interface Message<Body = unknown> {
    id: string;
    body: Body;
    /** 1 on the first delivery, then 2, 3, ... each time it is received again. */
    attempts: number;
    /** Virtual time (ms) the message was sent. */
    sentAt: number;
  }
  export interface ReceiveOptions {
    /** Most messages to take at once (default 1, at most 10). */
    max?: number;
    /** How long received messages stay invisible before redelivery (default: the queue's). */
    visibilityTimeoutMs?: number;
  }
  export interface Queue {
    /** Sends a message; `delayMs` keeps it invisible that long. Bodies are JSON values. */
    send(queue: string, body: unknown, options?: { delayMs?: number }): Promise<{ id: string }>;
    /** Takes up to `max` visible messages; they reappear unless acked before the visibility timeout. */
    receive<Body = unknown>(queue: string, options?: ReceiveOptions): Promise<Message<Body>[]>;
    /** Deletes a received message: processing is done. */
    ack(queue: string, id: string): Promise<void>;
    /** Returns a received message for another try, after `delayMs`. After the queue's
     * `maxAttempts` deliveries a message moves to the dead-letter queue `<queue>.dlq`. */
    nack(queue: string, id: string, options?: { delayMs?: number }): Promise<void>;
    /** Messages waiting (visible or not) in a queue. */
    size(queue: string): Promise<number>;
  }
  export const queue: Queue;

  // ---------------------------------------------------------------- clock (virtual)
  export interface Clock {
    /** Virtual milliseconds since the epoch; starts at the exercise's `clock.start`. */
    now(): number;
    /** Resolves after `ms` virtual milliseconds; no real time passes. */
    sleep(ms: number): Promise<void>;
    setTimeout(fn: () => void, ms: number): number;
    clearTimeout(id: number): void;
    setInterval(fn: () => void, ms: number): number;
    clearInterval(id: number): void;
  }
  export const clock: Clock;

  // ---------------------------------------------------------------- http (simulated)
  export interface HttpRequest {
    method: string;
    /** Path without the query string, e.g. `/users/42`. */
    path: string;
    /** Parsed query string; repeated keys keep the last value. */
    query: Record<string, string>;
    /** Lower-case header names. */
    headers: Record<string, string>;
    /** Parsed JSON body, or the raw string for other content types, or undefined. */
    body?: unknown;
  }
  export interface HttpResponse {
    status: number;
    headers?: Record<string, string>;
    body?: unknown;
  }
  /** What an exercise asks learners to export to serve requests. */
  export type Handler = (req: HttpRequest) => HttpResponse | Promise<HttpResponse>;
  export interface FetchInit {
    method?: string;
    headers?: Record<string, string>;
    /** Sent as JSON unless it is a string. */
    body?: unknown;
  }
  export interface FetchResponse {
    status: number;
    ok: boolean;
    headers: Record<string, string>;
    json<T = unknown>(): Promise<T>;
    text(): Promise<string>;
  }
  export interface Http {
    /** Calls one of the simulated services the exercise defines (e.g. `https://payments.test/charge`). */
    fetch(url: string, init?: FetchInit): Promise<FetchResponse>;
  }
  export const http: Http;

  // ---------------------------------------------------------------- log (structured)
  export type LogFields = Record<string, unknown>;
  export interface Log {
    debug(message: string, fields?: LogFields): void;
    info(message: string, fields?: LogFields): void;
    warn(message: string, fields?: LogFields): void;
    error(message: string, fields?: LogFields): void;
  }
  /** Structured log lines (JSON), captured like the console and shown to the learner. */
  export const log: Log;

  // ---------------------------------------------------------------- crypto (node:crypto-shaped)
  /** What digests, KDFs and randomBytes return: bytes with Buffer's `toString(encoding)`. */
  export interface Bytes extends Uint8Array {
    toString(encoding?: BytesEncoding): string;
    equals(other: Uint8Array): boolean;
  }
  export type BytesEncoding = "hex" | "base64" | "base64url" | "utf8" | "latin1";
  export type HashAlgorithm = "sha256" | "sha512" | "sha1" | "md5";
  /** Strings are UTF-8 unless `encoding` says "hex", "base64" or "base64url". */
  export type BinaryLike = string | Uint8Array | ArrayBuffer;
  export interface Hash {
    update(data: BinaryLike, encoding?: "utf8" | "hex" | "base64" | "base64url"): Hash;
    /** Once per object, as in Node. */
    digest(): Bytes;
    digest(encoding: "hex" | "base64" | "base64url"): string;
  }
  export interface Crypto {
    createHash(algorithm: HashAlgorithm): Hash;
    createHmac(algorithm: HashAlgorithm, key: BinaryLike): Hash;
    /** Compares in time independent of the contents; throws a RangeError if lengths differ. */
    timingSafeEqual(a: Uint8Array | ArrayBuffer, b: Uint8Array | ArrayBuffer): boolean;
    /** Seeded like Math.random (reproducible, not secret); at most 65536 bytes. */
    randomBytes(size: number): Bytes;
    randomUUID(): string;
    /** PBKDF2-HMAC; at most 1,000,000 iterations and 1024 bytes. */
    pbkdf2Sync(
      password: BinaryLike,
      salt: BinaryLike,
      iterations: number,
      keylen: number,
      digest: HashAlgorithm,
    ): Bytes;
    /** scrypt (defaults N=16384, r=8, p=1, as Node); 128 * N * r at most 32 MiB, p at most 16. */
    scryptSync(
      password: BinaryLike,
      salt: BinaryLike,
      keylen: number,
      options?: { N?: number; r?: number; p?: number },
    ): Bytes;
  }
  /**
   * The names and behaviour of `node:crypto` (import { createHmac } from "node:crypto" becomes
   * crypto.createHmac), computed inside the sandbox: hashing costs your code's CPU time.
   */
  export const crypto: Crypto;
}
