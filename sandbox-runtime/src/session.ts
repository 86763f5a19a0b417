// One run's host side while the isolate is alive: the host callback the guest calls, the
// virtual clock and event heap, the test bookkeeping, and the limits. The runner (run.ts)
// drives it; this class never formats, calls or walks a guest object: it sees copies only.
import type { Limits, Verdict } from "./types.ts";
import { EventHeap } from "./event-heap.ts";
import { Recorder } from "./recorder.ts";
import { evaluateAssertion } from "./grading/matchers.ts";
import { LimitError, WorldError, type Caller } from "./world/types.ts";
import type { WorldHost } from "./world/host.ts";

export type LimitVerdict = Extract<Verdict, "time_limit" | "memory_limit" | "output_limit">;

export interface TestState {
  index: number;
  assertions: number;
  failures: string[];
  done: boolean;
  error: string | null;
}

/**
 * Timers and world calls one run may have pending at once. Each is an event in the host's
 * heap (host memory the isolate's limit does not see): a loop that schedules without awaiting
 * would otherwise grow the worker by hundreds of MB per CPU second.
 */
const MAX_PENDING = 50_000;
/** Virtual ms an async world call that failed costs before its rejection arrives. */
const ERROR_LATENCY_MS = 1;
const SPAN_KINDS: ReadonlySet<string> = new Set(["db", "cache", "queue", "http", "log"]);

/**
 * V8's message when isolated-vm's allocator refuses an ArrayBuffer past the isolate's memory
 * limit (array buffers live outside the V8 heap, so this is a RangeError, not a heap OOM).
 */
const ALLOCATION_FAILED = /^RangeError: Array buffer allocation failed/;

/** An error whose message the guest may see (the host callback strips every stack). */
class GuestVisible extends Error {}

export class Session {
  readonly heap = new EventHeap();
  readonly recorder: Recorder;
  readonly clockStart: number;
  now: number;
  current: TestState | null = null;
  /** The first limit hit ends the run with its verdict, whatever the guest does next. */
  abort: { verdict: LimitVerdict; message: string } | null = null;
  readonly #world: WorldHost;
  readonly #memoryMb: number;
  readonly #cancelled = new Set<number>();
  #nextTicket = 1;

  constructor(world: WorldHost, limits: Limits, clockStart: number) {
    this.#world = world;
    this.#memoryMb = limits.memoryMb;
    this.clockStart = clockStart;
    this.now = clockStart;
    this.recorder = new Recorder(clockStart, limits.outputBytes);
  }

  stop(verdict: LimitVerdict, message: string): void {
    this.abort ??= { verdict, message };
  }

  /**
   * An allocation refused at the memory limit that nothing caught (it ended a test or the
   * module's load) is the memory limit, as a heap OOM is. Caught, it is the code's business.
   */
  checkUncaught(error: string | null): void {
    if (error !== null && ALLOCATION_FAILED.test(error))
      this.stop("memory_limit", `Your code used more than ${this.#memoryMb} MiB of memory.`);
  }

  isCancelled(ticket: number): boolean {
    return this.#cancelled.delete(ticket);
  }

  /** Throws (to the guest) if no more events may be pending; called before any side effect. */
  #ensureRoom(): void {
    if (this.heap.size >= MAX_PENDING) {
      // Host memory, not the isolate's: cancelled timers go first (when they are a tenth or
      // more, so the O(n) sweep stays amortized), then the call is refused.
      const cancelled = this.#cancelled;
      if (cancelled.size >= MAX_PENDING / 10) {
        this.heap.remove((e) => cancelled.delete(e.ticket));
        cancelled.clear();
      }
      if (this.heap.size >= MAX_PENDING)
        throw new GuestVisible(
          `too many pending timers and world calls (${MAX_PENDING}): await them, or clear timers you no longer need`,
        );
    }
  }

  #schedule(delayMs: number, ok: boolean, value: unknown): number {
    this.#ensureRoom();
    const ticket = this.#nextTicket++;
    this.heap.push(this.now + delayMs, ticket, ok, value);
    return ticket;
  }

  /** The one function the guest can call (through an ivm.Callback; arguments are copies). */
  readonly hostCall = (channel: unknown, payload: unknown): unknown => {
    try {
      return this.#dispatch(channel, payload);
    } catch (error) {
      // isolated-vm hands the guest a host error's stack too: give it a message and no stack,
      // and a generic message for anything that is not ours to show (a bug, never internals).
      const message =
        error instanceof GuestVisible ? error.message : "internal error in the sandbox";
      const safe = new Error(message);
      safe.stack = `Error: ${message}`;
      throw safe;
    }
  };

  #dispatch(channel: unknown, payload: unknown): unknown {
    if (this.abort) throw new GuestVisible(this.abort.message);
    const p = (typeof payload === "object" && payload !== null ? payload : {}) as Record<
      string,
      unknown
    >;
    switch (channel) {
      case "call":
        return this.#worldCall(p, true);
      case "callSync":
        return this.#worldCall(p, false);
      case "timer":
        return this.#schedule(typeof p.ms === "number" && p.ms > 0 ? p.ms : 0, true, null);
      case "cancel":
        if (typeof p.ticket === "number") this.#cancelled.add(p.ticket);
        return null;
      case "log": {
        const left = this.recorder.log(p.level, p.message, this.now);
        if (this.recorder.overflowed)
          this.stop("output_limit", "Your code printed more output than allowed.");
        return left;
      }
      case "span":
        if (typeof p.kind === "string" && SPAN_KINDS.has(p.kind)) {
          this.recorder.span(
            p.kind as "http",
            String(p.op),
            String(p.detail),
            Number(p.startMs),
            Number(p.durationMs),
          );
        }
        return null;
      case "assert":
        return this.#assert(p);
      case "done":
        if (this.current && p.index === this.current.index && !this.current.done) {
          this.current.done = true;
          this.current.error = typeof p.error === "string" ? p.error.slice(0, 1000) : null;
          this.checkUncaught(this.current.error);
        }
        return null;
      default:
        throw new GuestVisible("unknown host call");
    }
  }

  #worldCall(p: Record<string, unknown>, async: boolean): unknown {
    const moduleName = String(p.module);
    const op = String(p.op);
    const caller: Caller = async && p.caller === "learner" ? "learner" : "test";
    if (moduleName === "run") return { ok: true, value: this.#runOp(op) };
    if (async) this.#ensureRoom();
    try {
      const outcome = this.#world.call(moduleName, op, p.args, caller);
      if (!async) return { ok: true, value: outcome.value };
      const latency = caller === "learner" ? Math.max(0, outcome.latencyMs) : 0;
      if (caller === "learner")
        this.recorder.span(moduleName as "db", op, outcome.detail, this.now, latency);
      return this.#schedule(latency, true, outcome.value);
    } catch (error) {
      if (error instanceof LimitError) {
        this.stop(error.verdict as LimitVerdict, error.message);
        throw new GuestVisible(error.message);
      }
      const message = error instanceof WorldError ? error.message : "the call failed";
      if (!async) return { ok: false, error: message };
      if (caller === "learner")
        this.recorder.span(moduleName as "db", op, `error: ${message}`, this.now, ERROR_LATENCY_MS);
      return this.#schedule(caller === "learner" ? ERROR_LATENCY_MS : 0, false, message);
    }
  }

  #runOp(op: string): unknown {
    if (op === "trace") return this.recorder.trace.map((s) => ({ ...s }));
    if (op === "logs") return this.recorder.logs.map((l) => ({ ...l }));
    throw new GuestVisible("unknown run op");
  }

  #assert(p: Record<string, unknown>): unknown {
    const outcome = evaluateAssertion(p);
    const test = this.current;
    if (!test || test.done)
      return { pass: false, message: "expect() was called outside a running test" };
    test.assertions++;
    if (!outcome.pass) test.failures.push(outcome.message);
    return outcome;
  }
}
