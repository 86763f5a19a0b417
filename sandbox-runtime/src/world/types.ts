// The contract between the engine and the host side of the simulated world (db, cache, queue).
// The engine owns the isolate, the virtual clock and the trace; each host module owns one
// resource of one run and is called synchronously with copies of the guest's arguments.
import type { Verdict } from "../types.ts";

/** What a host module needs from the engine. */
export interface WorldDeps {
  /** Virtual milliseconds since the epoch, owned by the engine's clock. */
  now(): number;
}

/** A refused or failed operation; the message is safe to show the learner. */
export class WorldError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorldError";
  }
}

/** The verdicts a run limit can end a run with. */
export type LimitVerdict = Exclude<
  Verdict,
  "passed" | "failed" | "compile_error" | "runtime_error"
>;

/** A run limit was hit: the run ends with this verdict. */
export class LimitError extends Error {
  verdict: LimitVerdict;
  constructor(verdict: LimitVerdict, message: string) {
    super(message);
    this.name = "LimitError";
    this.verdict = verdict;
  }
}

/** Who made the call: test-only ops are refused to the learner. */
export type Caller = "learner" | "test";

/** What one call produced, for the guest (value) and for the trace (latency, detail). */
export interface CallOutcome {
  /** A plain, JSON-copyable value handed back to the guest. */
  value: unknown;
  /** Virtual milliseconds the call costs (see latency.ts). */
  latencyMs: number;
  /** What the trace shows: the SQL, the cache command and key, the queue and message id. */
  detail: string;
}

/** Every host module: synchronous, takes and returns plain JSON-copyable values only. */
export interface HostModule {
  /** Runs one op; throws WorldError on refused or bad input, LimitError when a run limit is hit. */
  call(op: string, args: unknown[], caller: Caller): CallOutcome;
  /** Frees the resource (closes the database, drops the keyspace). Idempotent. */
  close(): void;
}
