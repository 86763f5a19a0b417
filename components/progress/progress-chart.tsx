// A horizontal bar chart in SVG with the numbers written beside each bar, so it reads without
// colour and without the chart (the SVG is a list to assistive technology, one item per bar).
export interface ChartRow {
  id: string;
  label: string;
  href: string;
  done: number;
  total: number;
}

const ROW = 34;
const LABEL_W = 0; // labels sit above bars, so long pillar names never clip

export function ProgressChart({ rows }: { rows: ChartRow[] }) {
  const height = rows.length * ROW * 1.6 + 8;
  return (
    <svg
      className="progress-chart"
      role="list"
      aria-label="Exercises passed per pillar"
      viewBox={`0 0 600 ${height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
    >
      {rows.map((row, i) => {
        const y = i * ROW * 1.6 + 4;
        const pct = row.total > 0 ? row.done / row.total : 0;
        const text = `${row.label}: ${row.done} of ${row.total} exercises passed`;
        return (
          <g key={row.id} role="listitem" aria-label={text}>
            <text x={LABEL_W} y={y + 14} className="chart-label">
              {row.label}
            </text>
            <rect x={LABEL_W} y={y + 22} width={480} height={16} rx={3} className="chart-track" />
            <rect
              x={LABEL_W}
              y={y + 22}
              width={Math.max(pct * 480, 0)}
              height={16}
              rx={3}
              className="chart-bar"
            />
            <text x={490} y={y + 35} className="chart-value">
              {row.done} / {row.total}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
