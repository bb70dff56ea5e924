import { heatmapFirstDay } from '../plan/calendar';
import { escapeHtml } from './escape';

/** Pictures as inline SVG: they print sharp, need nothing from outside and carry a text alternative. */

export type ScoreBand = 'good' | 'fair' | 'poor' | 'none';

/** Same thresholds as the app's audit screen. */
export function scoreBand(score: number | null): ScoreBand {
  if (score === null) return 'none';
  return score >= 80 ? 'good' : score >= 50 ? 'fair' : 'poor';
}

export const BAND_COLOR: Readonly<Record<ScoreBand, string>> = { good: '#1a7f53', fair: '#a36700', poor: '#c0392b', none: '#6b7587' };

const r2 = (n: number) => Math.round(n * 100) / 100;

/** A 270° gauge with the score in the middle. */
export function gaugeSvg(score: number | null, alt: string, size = 190): string {
  const c = size / 2;
  const stroke = size * 0.085;
  const radius = c - stroke;
  const circumference = 2 * Math.PI * radius;
  const track = circumference * 0.75;
  const value = score === null ? 0 : (track * score) / 100;
  const color = BAND_COLOR[scoreBand(score)];
  const arc = (len: number, paint: string) =>
    `<circle cx="${c}" cy="${c}" r="${r2(radius)}" fill="none" stroke="${paint}" stroke-width="${r2(stroke)}" stroke-linecap="round" stroke-dasharray="${r2(len)} ${r2(circumference)}" transform="rotate(135 ${c} ${c})"/>`;
  return `<svg class="gauge" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escapeHtml(alt)}"><title>${escapeHtml(alt)}</title>`
    + arc(track, '#e3e8ef')
    + (value > 0 ? arc(value, color) : '')
    + `<text x="${c}" y="${r2(c + size * 0.07)}" text-anchor="middle" font-size="${r2(size * 0.3)}" font-weight="700" fill="#14213d">${score === null ? '–' : score}</text>`
    + `<text x="${c}" y="${r2(c + size * 0.22)}" text-anchor="middle" font-size="${r2(size * 0.08)}" fill="#5b6678">/ 100</text></svg>`;
}

/** Scores 0–100 over time (x follows the dates), oldest first; each audit is a dot, the last one coloured. */
/** `dateLabel`: the date written under each point (the first, the last, and others where they fit). */
export function sparklineSvg(points: readonly { at: number; score: number }[], alt: string, width = 660, height = 150, dateLabel?: (at: number) => string): string {
  const pad = 14;
  const bottom = dateLabel ? 18 : 0;
  const t0 = points[0]?.at ?? 0;
  const span = (points[points.length - 1]?.at ?? t0) - t0;
  const x = (at: number) => r2(pad + (span === 0 ? (width - 2 * pad) / 2 : ((at - t0) * (width - 2 * pad)) / span));
  const y = (s: number) => r2(pad + ((100 - s) * (height - 2 * pad - bottom)) / 100);
  const line = points.map((p) => `${x(p.at)},${y(p.score)}`).join(' ');
  const last = points[points.length - 1];
  const grid = [0, 50, 100].map((g) => `<line x1="${pad}" x2="${width - pad}" y1="${y(g)}" y2="${y(g)}" stroke="#e3e8ef"/><text x="0" y="${y(g) + 3}" font-size="8" fill="#6b7587">${g}</text>`).join('');
  const area = points.length > 1 && last ? `<polygon points="${x(t0)},${y(0)} ${line} ${x(last.at)},${y(0)}" fill="#2b6cb0" fill-opacity="0.08"/>` : '';
  const dots = points.map((p, i) => {
    const isLast = i === points.length - 1;
    return `<circle cx="${x(p.at)}" cy="${y(p.score)}" r="${isLast ? 5 : 3}" fill="${isLast ? BAND_COLOR[scoreBand(p.score)] : '#2b6cb0'}" stroke="#fff" stroke-width="1.5"/>`
      + `<text x="${x(p.at)}" y="${y(p.score) - 8}" text-anchor="middle" font-size="9" font-weight="${isLast ? 700 : 400}" fill="#14213d">${p.score}</text>`;
  }).join('');
  // Dates under the points, skipping those that would overlap the previous one.
  let lastX = -Infinity;
  const dates = dateLabel ? points.map((p, i) => {
    const px = x(p.at);
    const isEdge = i === 0 || i === points.length - 1;
    if (!isEdge && px - lastX < 70) return '';
    if (i === points.length - 1 && px - lastX < 70 && i > 0) return '';
    lastX = px;
    const anchor = i === 0 && points.length > 1 ? 'start' : i === points.length - 1 && points.length > 1 ? 'end' : 'middle';
    return `<text class="spark-date" x="${px}" y="${height - 3}" text-anchor="${anchor}" font-size="9" fill="#4a5568">${escapeHtml(dateLabel(p.at))}</text>`;
  }).join('') : '';
  return `<svg class="sparkline" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(alt)}"><title>${escapeHtml(alt)}</title>${grid}${area}`
    + `<polyline points="${line}" fill="none" stroke="#2b6cb0" stroke-width="2" stroke-linejoin="round"/>${dots}${dates}</svg>`;
}

/** None, 1, 2, 3+ posts a day: a day rarely holds more than a few posts. */
const HEAT = ['#e8ecf1', '#74c293', '#2e9a5c', '#145c35'];
export const heatColor = (count: number): string => HEAT[Math.min(HEAT.length - 1, Math.max(0, count))] as string;

export interface HeatmapInput {
  /** Posts per UTC day number. */
  counts: ReadonlyMap<number, number>;
  /** Last day shown (a day number); the picture covers the 52 weeks up to its week. */
  endDay: number;
  weekStartsOn: 0 | 1;
  /** Short month name for the day number starting it. */
  monthLabel(day: number): string;
  /** Very short weekday name for a day number. */
  weekdayLabel(day: number): string;
  alt: string;
}

const CELL = 10;
const STEP = 12;
const LEFT = 24;
const TOP = 14;

/** One column per week, one row per weekday, GitHub style. */
export function heatmapSvg(h: HeatmapInput): string {
  const first = heatmapFirstDay(h.endDay, h.weekStartsOn);
  const total = h.endDay - first + 1;
  const cols = Math.ceil(total / 7);
  const width = LEFT + cols * STEP;
  const height = TOP + 7 * STEP;
  const parts: string[] = [];
  for (let i = 0; i < total; i++) {
    const day = first + i;
    const col = Math.floor(i / 7);
    const count = h.counts.get(day) ?? 0;
    parts.push(`<rect x="${LEFT + col * STEP}" y="${TOP + (i % 7) * STEP}" width="${CELL}" height="${CELL}" rx="2" fill="${heatColor(count)}"/>`);
    // A month is named above the column holding its first day, if there is room before the end.
    if (new Date(day * 86_400_000).getUTCDate() === 1 && col < cols - 2) {
      parts.push(`<text x="${LEFT + col * STEP}" y="9" font-size="8" fill="#5b6678">${escapeHtml(h.monthLabel(day))}</text>`);
    }
  }
  for (const row of [0, 2, 4]) {
    parts.push(`<text x="${LEFT - 4}" y="${TOP + row * STEP + CELL - 1}" text-anchor="end" font-size="8" fill="#5b6678">${escapeHtml(h.weekdayLabel(first + row))}</text>`);
  }
  return `<svg class="heatmap" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(h.alt)}"><title>${escapeHtml(h.alt)}</title>${parts.join('')}</svg>`;
}

/** "Less ▢▢▢▢▢ More". */
export function heatLegend(less: string, more: string): string {
  const cells = HEAT.map((c, i) => `<rect x="${i * 12}" y="0" width="9" height="9" rx="2" fill="${c}"/>`).join('');
  return `<span class="legend">${escapeHtml(less)} <svg width="${HEAT.length * 12}" height="9" viewBox="0 0 ${HEAT.length * 12} 9" aria-hidden="true">${cells}</svg> ${escapeHtml(more)}</span>`;
}
