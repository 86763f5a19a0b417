import { describe, expect, test } from "vitest";
import type { Span } from "../../sandbox-runtime/src/types.ts";
import { axisTicks, formatMs, layoutTrace } from "./trace-layout.ts";

const span = (startMs: number, durationMs: number, kind: Span["kind"] = "db"): Span => ({
  kind,
  op: "query",
  detail: "SELECT 1",
  startMs,
  durationMs,
});

describe("trace waterfall layout", () => {
  test("bars sit at their start and are as wide as their duration on the run's timeline", () => {
    const { totalMs, bars } = layoutTrace([span(0, 5), span(5, 1, "cache"), span(6, 4)]);
    expect(totalMs).toBe(10);
    expect(bars.map((b) => [b.leftPct, b.widthPct])).toEqual([
      [0, 50],
      [50, 10],
      [60, 40],
    ]);
  });

  test("a zero-duration span is still visible and never runs off the end", () => {
    const { bars } = layoutTrace([span(0, 10), span(10, 0, "log")]);
    const last = bars[1]!;
    expect(last.widthPct).toBeGreaterThan(0);
    expect(last.leftPct + last.widthPct).toBeLessThanOrEqual(100);
  });

  test("an empty trace and malformed spans do not break the layout", () => {
    expect(layoutTrace([])).toEqual({ totalMs: 1, bars: [] });
    const { bars } = layoutTrace([span(Number.NaN, 1), span(-1, 2), span(0, 2)]);
    expect(bars).toHaveLength(1);
  });

  test("times read as people read them", () => {
    expect(formatMs(0)).toBe("0 ms");
    expect(formatMs(12.345)).toBe("12.3 ms");
    expect(formatMs(1200)).toBe("1.20 s");
    expect(axisTicks(40).map((t) => t.label)).toEqual(["0 ms", "10 ms", "20 ms", "30 ms", "40 ms"]);
  });
});
