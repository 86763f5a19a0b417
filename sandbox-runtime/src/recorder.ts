// What a run shows the learner besides test results: the trace (spans on the virtual clock)
// and the console / log output, capped at limits.outputBytes in all.
import type { LogLine, Span } from "./types.ts";

const LEVELS: ReadonlySet<string> = new Set(["log", "info", "warn", "error", "debug"]);
const MAX_SPANS = 5000;
const MAX_DETAIL = 300;

export class Recorder {
  readonly trace: Span[] = [];
  readonly logs: LogLine[] = [];
  #outputLeft: number;
  #spansDropped = 0;
  /** Set once output passed the cap: the run ends with verdict output_limit. */
  overflowed = false;
  readonly #clockStart: number;

  constructor(clockStart: number, outputBytes: number) {
    this.#clockStart = clockStart;
    this.#outputLeft = outputBytes;
  }

  span(
    kind: Span["kind"],
    op: string,
    detail: string,
    startAbsMs: number,
    durationMs: number,
  ): void {
    if (this.trace.length >= MAX_SPANS) {
      this.#spansDropped++;
      return;
    }
    this.trace.push({
      kind,
      op: op.slice(0, 40),
      detail: detail.length > MAX_DETAIL ? `${detail.slice(0, MAX_DETAIL - 1)}…` : detail,
      startMs: round(startAbsMs - this.#clockStart),
      durationMs: round(Math.max(0, durationMs)),
    });
  }

  /** Records one console or log line at virtual time `nowMs`; returns the bytes still allowed. */
  log(level: unknown, message: unknown, nowMs: number): number {
    if (this.overflowed) return 0;
    const lvl = (
      typeof level === "string" && LEVELS.has(level) ? level : "log"
    ) as LogLine["level"];
    const text = typeof message === "string" ? message : "";
    const bytes = Buffer.byteLength(text) + 1;
    if (bytes > this.#outputLeft) {
      const room = Math.max(0, this.#outputLeft);
      this.logs.push({ level: lvl, message: `${text.slice(0, room)}… [output limit reached]` });
      this.#outputLeft = 0;
      this.overflowed = true;
      return 0;
    }
    this.#outputLeft -= bytes;
    this.logs.push({ level: lvl, message: text });
    this.span("log", lvl, text, nowMs, 0);
    return this.#outputLeft;
  }

  get spansDropped(): number {
    return this.#spansDropped;
  }
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
