"use client";
import type { RunResult } from "../../sandbox-runtime/src/types.ts";
import { TraceWaterfall } from "../trace/trace-waterfall.tsx";
import styles from "./workspace.module.css";

const VERDICT_TEXT: Record<RunResult["verdict"], string> = {
  passed: "All tests passed",
  failed: "Some tests failed",
  compile_error: "Your code did not compile",
  runtime_error: "Your code threw an error",
  time_limit: "Your code ran out of time",
  memory_limit: "Your code ran out of memory",
  output_limit: "Your code printed too much",
};

export function verdictSummary(result: RunResult): string {
  const passed = result.tests.filter((t) => t.status === "passed").length;
  const counts =
    result.tests.length > 0 ? ` (${passed} of ${result.tests.length} tests passed)` : "";
  return `${VERDICT_TEXT[result.verdict]}${counts}`;
}

export function ResultsPanel({ result }: { result: RunResult }) {
  const ok = result.verdict === "passed";
  return (
    <div className={styles.results} data-testid="results">
      <h2 className={ok ? styles.verdictOk : styles.verdictBad} data-verdict={result.verdict}>
        {verdictSummary(result)}
      </h2>
      {result.error && <p className={styles.error}>{result.error}</p>}
      {result.diagnostics && result.diagnostics.length > 0 && (
        <ul className={styles.diagnostics}>
          {result.diagnostics.map((d, i) => (
            <li key={i}>
              <code>
                {d.file}:{d.line}:{d.column}
              </code>{" "}
              {d.message}
            </li>
          ))}
        </ul>
      )}
      {result.tests.length > 0 && (
        <section aria-labelledby="tests-heading">
          <h3 id="tests-heading">Tests</h3>
          <ul className={styles.tests}>
            {result.tests.map((t, i) => (
              <li key={i} className={styles[`test_${t.status}`]} data-status={t.status}>
                <span className={styles.testStatus}>
                  {t.status === "passed"
                    ? "✓ Passed"
                    : t.status === "failed"
                      ? "✗ Failed"
                      : "– Skipped"}
                </span>{" "}
                <span className={styles.testName}>{t.name}</span>
                {t.message && <pre className={styles.testMessage}>{t.message}</pre>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="console-heading">
        <h3 id="console-heading">Console</h3>
        {result.logs.length === 0 ? (
          <p className="muted">Nothing was printed.</p>
        ) : (
          <pre
            className={styles.console}
            data-testid="console"
            tabIndex={0}
            aria-label="Console output"
          >
            {result.logs.map((l, i) => (
              <span key={i} className={styles[`log_${l.level}`]}>
                {l.level !== "log" && `[${l.level}] `}
                {l.message}
                {"\n"}
              </span>
            ))}
          </pre>
        )}
      </section>
      <section aria-labelledby="trace-heading">
        <h3 id="trace-heading">Trace</h3>
        <TraceWaterfall spans={result.trace} />
      </section>
      <p className="muted">
        Ran in {Math.round(result.usage.wallMs)} ms ({Math.round(result.usage.cpuMs)} ms of CPU).
      </p>
    </div>
  );
}
