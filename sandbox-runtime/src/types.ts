// The engine's public contract. The app, the lessons CLI and the benchmark speak only this.

export type Verdict =
  | "passed"
  | "failed"
  | "compile_error"
  | "runtime_error"
  | "time_limit"
  | "memory_limit"
  | "output_limit";

export interface TestResult {
  name: string;
  status: "passed" | "failed" | "skipped";
  /** Why it failed: expected vs received, or the author's hint when details are hidden. */
  message?: string;
}

export interface LogLine {
  level: "log" | "info" | "warn" | "error" | "debug";
  message: string;
}

export interface Span {
  kind: "db" | "cache" | "queue" | "http" | "log";
  op: string;
  /** The SQL, key, queue and message id, or URL: what a learner hovers to see. */
  detail: string;
  /** Virtual milliseconds since the run started. */
  startMs: number;
  durationMs: number;
}

export interface CompileDiagnostic {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface RunResult {
  verdict: Verdict;
  tests: TestResult[];
  logs: LogLine[];
  trace: Span[];
  usage: { wallMs: number; cpuMs: number };
  /** Present for compile_error, with positions in the learner's own files. */
  diagnostics?: CompileDiagnostic[];
  /** A short, learner-readable reason for runtime_error and the *_limit verdicts. */
  error?: string;
}

export interface Limits {
  /** Isolate heap, MiB. */
  memoryMb: number;
  /** CPU time of learner code and tests together, ms. */
  cpuMs: number;
  /** Real time for the whole run, ms; the supervisor kills the worker past it. */
  wallMs: number;
  /** Console and log output, bytes. */
  outputBytes: number;
  /** Rows one SQL statement may return. */
  sqlRows: number;
  /** Bytes one SQL result may hold. */
  sqlBytes: number;
  /** Bytes the cache may hold in all. */
  cacheBytes: number;
  /** Messages one queue may hold. */
  queueLength: number;
}

export interface Fixtures {
  /** SQL run into the fresh database before learner code loads (schema and seed rows). */
  sql?: string;
  /** Keys set in the fresh cache: a string value, or { value, ttlMs }. */
  cache?: Record<string, string | { value: string; ttlMs?: number }>;
  /** Messages waiting in queues when the run starts. */
  queues?: Record<string, unknown[]>;
  /** Virtual epoch ms the clock starts at (default 2026-01-01T00:00:00Z). */
  clockStart?: number;
}

export interface RunRequest {
  /** Learner files by path (e.g. "index.ts", "lib/repo.ts"): TypeScript modules. */
  files: Record<string, string>;
  /** Entry module among `files` that tests import as "@pillars/learner" (default "index.ts"). */
  entry?: string;
  /** Test files by path: trusted TypeScript written against "@pillars/test". */
  tests: Record<string, string>;
  fixtures?: Fixtures;
  limits?: Partial<Limits>;
}
