"use client";
import { useId } from "react";
import type { Span } from "../../sandbox-runtime/src/types.ts";
import { axisTicks, formatMs, layoutTrace } from "./trace-layout.ts";
import styles from "./trace.module.css";

// Every db, cache, queue and http call of a run on the virtual clock. Each row is focusable:
// hovering or focusing it shows the SQL, key or message. A table gives the same data to
// screen readers and to anyone who prefers numbers.
export function TraceWaterfall({ spans }: { spans: Span[] }) {
  const id = useId();
  if (spans.length === 0) {
    return <p className="muted">Your code made no db, cache, queue or http calls in this run.</p>;
  }
  const { totalMs, bars } = layoutTrace(spans);
  return (
    <figure className={styles.figure} aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>
        {bars.length} calls over {formatMs(totalMs)} of virtual time. Hover or focus a row to see
        its detail.
      </figcaption>
      <div className={styles.axis} aria-hidden="true">
        {axisTicks(totalMs).map((t) => (
          <span key={t.pct} style={{ left: `${t.pct}%` }}>
            {t.label}
          </span>
        ))}
      </div>
      <ol className={styles.rows} data-testid="trace-waterfall">
        {bars.map((bar) => (
          <li
            key={bar.index}
            className={styles.row}
            tabIndex={0}
            aria-describedby={`${id}-tip-${bar.index}`}
          >
            <span className={styles.label}>
              <span className={`${styles.kind} ${styles[bar.kind]}`}>{bar.kind}</span> {bar.op}
            </span>
            <span className={styles.track}>
              <span
                className={`${styles.bar} ${styles[`bar_${bar.kind}`]}`}
                style={{ left: `${bar.leftPct}%`, width: `${bar.widthPct}%` }}
              />
            </span>
            <span className={styles.tip} role="tooltip" id={`${id}-tip-${bar.index}`}>
              <strong>
                {bar.kind} {bar.op}
              </strong>{" "}
              at {formatMs(bar.startMs)}, took {formatMs(bar.durationMs)}
              <code>{bar.detail}</code>
            </span>
          </li>
        ))}
      </ol>
      <details className={styles.tableToggle}>
        <summary>Show the trace as a table</summary>
        <table className={styles.table}>
          <caption className="visually-hidden">Trace spans in the order they started</caption>
          <thead>
            <tr>
              <th scope="col">Kind</th>
              <th scope="col">Operation</th>
              <th scope="col">Start</th>
              <th scope="col">Duration</th>
              <th scope="col">Detail</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.index}>
                <td>{bar.kind}</td>
                <td>{bar.op}</td>
                <td>{formatMs(bar.startMs)}</td>
                <td>{formatMs(bar.durationMs)}</td>
                <td>
                  <code>{bar.detail}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
