import './charts.css';

export interface AdherenceWeek {
  /** Label under the bar (a short date). */
  label: string;
  planned: number;
  done: number;
  /** Percentage, null when nothing was due. */
  pct: number | null;
}

interface AdherenceChartProps {
  weeks: readonly AdherenceWeek[];
  /** Summary read by screen readers. */
  label: string;
  plannedText: string;
  doneText: string;
  /** Tooltip of one week. */
  describe: (week: AdherenceWeek) => string;
}

const BAR = 34;
const GAP = 18;
const H = 150;
const TOP = 18;
const BOTTOM = 26;
const LEFT = 28;

/** Planned versus done per week: the planned bar behind, the done bar in front, the % above. */
export function AdherenceChart({ weeks, label, plannedText, doneText, describe }: AdherenceChartProps) {
  const max = Math.max(1, ...weeks.map((w) => Math.max(w.planned, w.done)));
  const plot = H - TOP - BOTTOM;
  const y = (v: number) => TOP + plot - (v / max) * plot;
  const width = LEFT + weeks.length * (BAR + GAP) + GAP;
  const labelEvery = Math.max(1, Math.ceil(weeks.length / 12));
  return (
    <figure className="adherence-chart">
      <svg width={width} height={H} viewBox={`0 0 ${width} ${H}`} role="img" aria-label={label}>
        <line className="chart-axis" x1={LEFT} x2={width} y1={y(0)} y2={y(0)} />
        <text className="chart-label small" x={LEFT - 6} y={y(max) + 4} textAnchor="end" aria-hidden="true">{max}</text>
        <text className="chart-label small" x={LEFT - 6} y={y(0)} textAnchor="end" aria-hidden="true">0</text>
        {weeks.map((w, i) => {
          const x = LEFT + GAP + i * (BAR + GAP);
          return (
            <g key={`${w.label}-${i}`}>
              <title>{describe(w)}</title>
              <rect className="bar-planned" x={x} y={y(w.planned)} width={BAR} height={y(0) - y(w.planned)} rx={3} />
              <rect className="bar-done" x={x + 4} y={y(w.done)} width={BAR - 8} height={y(0) - y(w.done)} rx={2} />
              {w.pct !== null && <text className="chart-label small" x={x + BAR / 2} y={y(Math.max(w.planned, w.done)) - 4} textAnchor="middle" aria-hidden="true">{w.pct}%</text>}
              {i % labelEvery === 0 && <text className="chart-label small" x={x + BAR / 2} y={H - 8} textAnchor="middle" aria-hidden="true">{w.label}</text>}
            </g>
          );
        })}
      </svg>
      <figcaption className="chart-legend" aria-hidden="true">
        <span><svg width="12" height="12"><rect className="bar-planned" width="12" height="12" rx="2" /></svg> {plannedText}</span>
        <span><svg width="12" height="12"><rect className="bar-done" width="12" height="12" rx="2" /></svg> {doneText}</span>
      </figcaption>
    </figure>
  );
}
