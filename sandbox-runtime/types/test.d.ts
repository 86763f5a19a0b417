/* eslint-disable @typescript-eslint/triple-slash-reference -- an ambient declaration file the editor loads as is */
// The API hidden tests are written against: `import { test, expect, world } from "@pillars/test"`
// and the learner's entry module through `import { something } from "@pillars/learner"`.
// Tests run in the same isolate as learner code, after it has loaded, with references to the
// world captured before it loaded. Each `expect` sends copies of its values to the host, which
// decides pass or fail: learner code can make a test fail, never make it pass.
/// <reference path="./world.d.ts" />

// The learner's entry file (meta.json `entry`, default `index.ts`), as an ES module. A
// shorthand ambient module: any named import is allowed and typed `any`, since each exercise
// exports different names.
declare module "@pillars/learner";

declare module "@pillars/test" {
  import type {
    Cache,
    Clock,
    Db,
    Handler,
    HttpRequest,
    HttpResponse,
    Log,
    Queue,
    Message,
  } from "@pillars/world";

  export interface TestOptions {
    /**
     * Hidden detail: the learner sees the test's name and pass/fail, and `hint` instead of
     * expected vs received. Use it where the expected value would give the answer away.
     */
    hideDetails?: boolean;
    /** Shown when the test fails (with or without details). */
    hint?: string;
  }
  /** Registers a test. Tests run one at a time, in order, each on the shared world. */
  export function test(name: string, fn: () => void | Promise<void>, options?: TestOptions): void;
  /** Runs before each test (e.g. to reset counters). */
  export function beforeEach(fn: () => void | Promise<void>): void;

  export interface Matchers {
    not: Matchers;
    toBe(expected: unknown): void;
    /** Deep equality of JSON-like values (objects, arrays, primitives, null). */
    toEqual(expected: unknown): void;
    /** Like toEqual, but `expected` may list only some of the object's keys, recursively. */
    toMatchObject(expected: object): void;
    toBeTruthy(): void;
    toBeFalsy(): void;
    toBeNull(): void;
    toBeUndefined(): void;
    toBeDefined(): void;
    toBeGreaterThan(n: number): void;
    toBeGreaterThanOrEqual(n: number): void;
    toBeLessThan(n: number): void;
    toBeLessThanOrEqual(n: number): void;
    toBeCloseTo(n: number, digits?: number): void;
    /** Substring of a string, or an element (deep-equal) of an array. */
    toContain(item: unknown): void;
    toHaveLength(n: number): void;
    toHaveProperty(path: string, value?: unknown): void;
    toMatch(pattern: RegExp | string): void;
  }
  export interface AsyncMatchers {
    /** The promise rejects; optionally with a message matching `pattern`. */
    toThrow(pattern?: RegExp | string): Promise<void>;
  }
  export interface Expect {
    (actual: unknown, label?: string): Matchers;
    /** Awaits `promiseOrFn()` (or the promise) and checks it rejects. */
    rejects(promiseOrFn: Promise<unknown> | (() => unknown)): AsyncMatchers;
    /** Fails the current test with `message`. */
    fail(message: string): never;
  }
  export const expect: Expect;

  export interface Span {
    kind: "db" | "cache" | "queue" | "http" | "log";
    op: string;
    detail: string;
    startMs: number;
    durationMs: number;
  }

  export interface TestDb extends Db {
    /** Statements run since the run started or the last `resetCounters()`. */
    queryCount(): number;
    /** The statements themselves, in order, with their parameters. */
    queries(): { sql: string; params: unknown[] }[];
    resetCounters(): void;
    /** `EXPLAIN QUERY PLAN` rows for a statement, e.g. "SEARCH users USING INDEX idx_email (email=?)". */
    explain(sql: string, params?: unknown[]): Promise<{ detail: string }[]>;
    /** Makes the next statement whose SQL matches `pattern` throw `Error(message)`, once (or `times`). */
    failOn(pattern: RegExp | string, message?: string, times?: number): void;
  }
  export interface TestCache extends Cache {
    /** GET-family hits and misses since start or `resetStats()`; `commands` counts every call. */
    stats(): { hits: number; misses: number; commands: number };
    resetStats(): void;
    /** Makes the next `times` cache calls throw (the cache is down). */
    failNext(times?: number, message?: string): void;
  }
  export interface TestQueue extends Queue {
    /** Every message in a queue, visible or not, without receiving it. */
    peek<Body = unknown>(queue: string): Promise<Message<Body>[]>;
    /** Messages that moved to `<queue>.dlq`. */
    deadLetters<Body = unknown>(queue: string): Promise<Message<Body>[]>;
    /** Sets `maxAttempts` and the default visibility timeout of a queue. */
    configure(queue: string, options: { maxAttempts?: number; visibilityTimeoutMs?: number }): void;
    /** Delivers the next sent message to `queue` twice (at-least-once delivery). */
    duplicateNext(queue: string): void;
  }
  export interface TestClock extends Clock {
    /** Moves virtual time forward, firing timers and expiring TTLs and visibility timeouts on the way. */
    advance(ms: number): Promise<void>;
  }
  export interface TestHttp {
    /** Sends a simulated request to a learner's handler; fills in defaults (query {}, headers {}). */
    request(
      handler: Handler,
      req: Partial<HttpRequest> & { method: string; path: string },
    ): Promise<HttpResponse>;
    /** Defines a simulated remote service that learner code reaches with `http.fetch(url)`. */
    route(
      method: string,
      url: string,
      respond: (req: HttpRequest) => HttpResponse | Promise<HttpResponse>,
    ): void;
    /** Outbound calls learner code made with `http.fetch`, in order. */
    calls(): { method: string; url: string; body?: unknown }[];
  }
  export interface TestWorld {
    db: TestDb;
    cache: TestCache;
    queue: TestQueue;
    clock: TestClock;
    http: TestHttp;
    log: Log;
    /** Every span so far, on the virtual clock. */
    trace(): Span[];
    /** Console and log lines so far. */
    logs(): { level: "log" | "info" | "warn" | "error" | "debug"; message: string }[];
  }
  export const world: TestWorld;
}
