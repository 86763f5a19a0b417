// Places trace spans on the virtual clock for the waterfall: each bar's offset and width as a
// percentage of the run's span of virtual time. Zero-duration spans (a log line, an instant
// cache hit) still get a visible sliver.
import type { Span } from "../../sandbox-runtime/src/types.ts";

export interface PlacedSpan extends Span {
  index: number;
  leftPct: number;
  widthPct: number;
}

const MIN_WIDTH_PCT = 0.75;

export function layoutTrace(spans: Span[]): { totalMs: number; bars: PlacedSpan[] } {
  const safe = spans.filter(
    (s) =>
      Number.isFinite(s.startMs) &&
      Number.isFinite(s.durationMs) &&
      s.startMs >= 0 &&
      s.durationMs >= 0,
  );
  const totalMs = Math.max(1, ...safe.map((s) => s.startMs + s.durationMs));
  const bars = safe.map((s, index) => {
    const leftPct = Math.min((s.startMs / totalMs) * 100, 100 - MIN_WIDTH_PCT);
    const widthPct = Math.min(
      Math.max(MIN_WIDTH_PCT, (s.durationMs / totalMs) * 100),
      100 - leftPct,
    );
    return { ...s, index, leftPct, widthPct };
  });
  return { totalMs, bars };
}

/** Readable virtual time: "0 ms", "12.5 ms", "1.20 s". */
export function formatMs(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  return `${Number(ms.toFixed(1))} ms`;
}

/** Four evenly spaced axis labels from 0 to the end of the run. */
export function axisTicks(totalMs: number): { pct: number; label: string }[] {
  return [0, 0.25, 0.5, 0.75, 1].map((f) => ({ pct: f * 100, label: formatMs(f * totalMs) }));
}
