import type { Locale } from 'date-fns';
import { useMemo } from 'react';
import './charts.css';
import { formatLocal, localDay, localNoon } from '../../../shared/domain/dates/local-date';
import { formatDay, heatmapFirstDay, parseDay } from '../../../shared/domain/plan/calendar';

interface HeatmapProps {
  /** Count per local day, keyed YYYY-MM-DD. */
  counts: ReadonlyMap<string, number>;
  /** Last day shown; the picture covers the 52 weeks up to its week (heatmapFirstDay, as the report's). */
  end: Date;
  weekStartsOn: 0 | 1;
  locale: Locale;
  /** Summary read by screen readers, e.g. "42 posts over the last year". */
  label: string;
  less: string;
  more: string;
  cellTitle: (day: Date, count: number) => string;
  testId?: string;
}

const CELL = 12;
const GAP = 3;
const STEP = CELL + GAP;
const LEFT = 40;
const TOP = 18;

/** How many of these per-day counts fall on the days a heatmap ending on `end` shows. */
export function countShown(counts: ReadonlyMap<string, number>, end: Date, weekStartsOn: 0 | 1): number {
  const last = localDay(end);
  const first = formatDay(heatmapFirstDay(parseDay(last) as number, weekStartsOn));
  let sum = 0;
  for (const [key, n] of counts) if (key >= first && key <= last) sum += n;
  return sum;
}

/** 0 for none, then 1, 2, 3 and 4+ posts a day: posting counts are small. */
const level = (count: number) => Math.min(4, Math.max(0, count));

/** A year of activity in GitHub's contributions style: one column per week, one row per weekday. */
export function Heatmap({ counts, end, weekStartsOn, locale, label, less, more, cellTitle, testId }: HeatmapProps) {
  const layout = useMemo(() => {
    const endDay = parseDay(localDay(end)) as number;
    const first = heatmapFirstDay(endDay, weekStartsOn);
    const total = endDay - first + 1;
    const cells: { key: string; day: Date; col: number; row: number; count: number }[] = [];
    const months: { col: number; text: string }[] = [];
    for (let i = 0; i < total; i++) {
      const key = formatDay(first + i);
      const day = localNoon(key);
      const col = Math.floor(i / 7);
      cells.push({ key, day, col, row: i % 7, count: counts.get(key) ?? 0 });
      // A month is named above the first column holding its first day, if there is room.
      if (day.getDate() === 1 && col < Math.floor((total - 1) / 7)) months.push({ col, text: formatLocal(day, 'LLL', locale) });
    }
    // Label Monday, Wednesday and Friday, as GitHub does, whichever day starts the week.
    const weekdays = (weekStartsOn === 1 ? [0, 2, 4] : [1, 3, 5]).map((row) => ({ row, text: formatLocal(localNoon(formatDay(first + row)), 'EEE', locale) }));
    return { cells, months, weekdays, cols: Math.ceil(total / 7) };
  }, [counts, end, weekStartsOn, locale]);

  const width = LEFT + layout.cols * STEP;
  const height = TOP + 7 * STEP;
  return (
    <figure className="heatmap" data-testid={testId}>
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
        {layout.months.map((m) => <text key={`m${m.col}`} className="chart-label small" x={LEFT + m.col * STEP} y={11} aria-hidden="true">{m.text}</text>)}
        {layout.weekdays.map((w) => <text key={`w${w.row}`} className="chart-label small" x={LEFT - 6} y={TOP + w.row * STEP + CELL - 2} textAnchor="end" aria-hidden="true">{w.text}</text>)}
        {layout.cells.map((c) => (
          <rect key={c.key} className={`heat-cell heat-${level(c.count)}`} x={LEFT + c.col * STEP} y={TOP + c.row * STEP} width={CELL} height={CELL} rx={2}>
            <title>{cellTitle(c.day, c.count)}</title>
          </rect>
        ))}
      </svg>
      <figcaption className="heatmap-legend" aria-hidden="true">
        <span>{less}</span>
        {[0, 1, 2, 3, 4].map((l) => <svg key={l} width={CELL} height={CELL}><rect className={`heat-cell heat-${l}`} width={CELL} height={CELL} rx={2} /></svg>)}
        <span>{more}</span>
      </figcaption>
    </figure>
  );
}
