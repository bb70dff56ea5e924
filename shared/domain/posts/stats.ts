import type { Post } from '../../schema/workspace';
import { toIsoUtc } from './dates';
import { medianInPlace } from './select';

export interface PostingStatsOptions {
  /** Posts per week that keep a streak going (default 1); below 1, e.g. 0.5, means one post every 2 weeks. */
  perWeek?: number;
  /** "Today" for the current streak (default Date.now()). */
  now?: number;
  /** 1 = Monday (default, as in France), 0 = Sunday. */
  weekStartsOn?: 0 | 1;
}

export interface PostingStats {
  count: number;
  first: string | null;
  last: string | null;
  /** Median time between consecutive posts; null below 2 posts. */
  medianGapDays: number | null;
  /** Standard deviation of those gaps: how irregular the rhythm is. */
  gapStdDevDays: number | null;
  longestGap: { days: number; start: string; end: string } | null;
  /** Posts per week in each calendar year (UTC), over the part of the year between the first and last post. */
  perWeekByYear: Record<number, number>;
  /** One entry per week (UTC) from the first post's week to the current or last post's week, zeros included. */
  postsPerWeekSeries: { weekStart: string; count: number }[];
  /** Consecutive on-cadence weeks up to now; the week in progress does not break it. */
  currentStreakWeeks: number;
  longestStreakWeeks: number;
}

const DAY = 86_400_000;
const WEEK = 7 * DAY;
/** Dates outside 1900–2199 are corrupt for a posting history; dropping them bounds every loop below. */
const MIN_TIME = Date.UTC(1900, 0, 1);
const MAX_TIME = Date.UTC(2200, 0, 1);
/** Longest series kept (≈190 years), so an absurd `now` cannot exhaust memory; the latest weeks are kept. */
const MAX_SERIES_WEEKS = 10_000;

const EMPTY: PostingStats = {
  count: 0, first: null, last: null, medianGapDays: null, gapStdDevDays: null, longestGap: null,
  perWeekByYear: {}, postsPerWeekSeries: [], currentStreakWeeks: 0, longestStreakWeeks: 0,
};

/**
 * Regularity figures for a posting history.
 *
 * Built for 100,000 posts at a cost close to one numeric sort: the dates are
 * copied into a Float64Array and sorted once, then every figure comes from
 * linear passes. Weeks are numbered arithmetically from a fixed UTC week
 * start, `floor((t - origin) / WEEK)`, rather than with date-fns per post:
 * date-fns works in the machine's local time zone (so the result would
 * depend on where it runs, and DST shifts week lengths) and allocates a Date
 * per call, which alone would cost more than the sort.
 */
export function postingStats(dates: number[], opts: PostingStatsOptions = {}): PostingStats {
  const sorted = validSorted(dates);
  const n = sorted.length;
  if (n === 0) return { ...EMPTY, perWeekByYear: {}, postsPerWeekSeries: [] };
  const first = sorted[0] as number;
  const last = sorted[n - 1] as number;
  const weeks = weekCounts(sorted, opts.weekStartsOn ?? 1, opts.now ?? Date.now());
  return {
    count: n,
    first: toIsoUtc(first),
    last: toIsoUtc(last),
    ...gapStats(sorted),
    perWeekByYear: perWeekByYear(sorted),
    postsPerWeekSeries: weeks.series,
    ...streaks(weeks.counts, weeks.nowIndex, opts.perWeek ?? 1),
  };
}

/** Published posts' stats, one entry per network id. */
export function statsByNetwork(posts: Post[], opts: PostingStatsOptions = {}): Record<string, PostingStats> {
  const dates = new Map<string, number[]>();
  for (const post of posts) {
    if (post.status !== 'published') continue;
    const list = dates.get(post.network) ?? [];
    list.push(Date.parse(post.date));
    dates.set(post.network, list);
  }
  const out: Record<string, PostingStats> = {};
  for (const [network, list] of dates) out[network] = postingStats(list, opts);
  return out;
}

/** Timestamps within 1900–2199, ascending. */
function validSorted(dates: number[]): Float64Array {
  const out = new Float64Array(dates.length);
  let n = 0;
  // Indexed loops throughout: for…of over arrays is several times slower here.
  for (let i = 0; i < dates.length; i++) {
    const t = dates[i] as number;
    if (t >= MIN_TIME && t < MAX_TIME) out[n++] = t;
  }
  return (n === dates.length ? out : out.slice(0, n)).sort();
}

function gapStats(sorted: Float64Array): Pick<PostingStats, 'medianGapDays' | 'gapStdDevDays' | 'longestGap'> {
  const n = sorted.length;
  if (n < 2) return { medianGapDays: null, gapStdDevDays: null, longestGap: null };
  const gaps = new Float64Array(n - 1);
  let sum = 0;
  let longest = 0;
  for (let i = 1; i < n; i++) {
    const g = (sorted[i] as number) - (sorted[i - 1] as number);
    gaps[i - 1] = g;
    sum += g;
    if (g > (gaps[longest] as number)) longest = i - 1;
  }
  const mean = sum / gaps.length;
  let squares = 0;
  for (let i = 0; i < gaps.length; i++) {
    const d = (gaps[i] as number) - mean;
    squares += d * d;
  }
  const longestDays = (gaps[longest] as number) / DAY;
  return {
    medianGapDays: medianInPlace(gaps) / DAY,
    gapStdDevDays: Math.sqrt(squares / gaps.length) / DAY,
    longestGap: { days: longestDays, start: toIsoUtc(sorted[longest] as number), end: toIsoUtc(sorted[longest + 1] as number) },
  };
}

/** Per-week counts from the first post's week through the later of now and the last post. */
function weekCounts(sorted: Float64Array, weekStartsOn: 0 | 1, now: number) {
  // 1970-01-01 was a Thursday: the first Sunday is day 3, the first Monday day 4.
  const origin = (weekStartsOn === 1 ? 4 : 3) * DAY;
  const weekOf = (t: number) => Math.floor((t - origin) / WEEK);
  const lastWeek = Math.max(weekOf(sorted[sorted.length - 1] as number), Number.isFinite(now) ? weekOf(now) : -Infinity);
  const firstWeek = Math.max(weekOf(sorted[0] as number), lastWeek - MAX_SERIES_WEEKS + 1);
  const counts = new Int32Array(lastWeek - firstWeek + 1);
  for (let i = 0; i < sorted.length; i++) {
    const k = weekOf(sorted[i] as number) - firstWeek;
    if (k >= 0) counts[k] = (counts[k] as number) + 1;
  }
  const series = Array.from(counts, (count, k) => ({ weekStart: toIsoUtc(origin + (firstWeek + k) * WEEK).slice(0, 10), count }));
  return { counts, series, nowIndex: Number.isFinite(now) ? weekOf(now) - firstWeek : -1 };
}

/**
 * A week is on cadence when it has at least `perWeek` posts; for a cadence
 * below one a week, when the window of 1/perWeek weeks ending there has a post.
 */
function streaks(counts: Int32Array, nowIndex: number, perWeek: number): Pick<PostingStats, 'currentStreakWeeks' | 'longestStreakWeeks'> {
  const rate = perWeek > 0 && Number.isFinite(perWeek) ? perWeek : 1;
  const window = rate >= 1 ? 1 : Math.ceil(1 / rate - 1e-9);
  const need = rate >= 1 ? Math.ceil(rate - 1e-9) : 1;
  const run = new Int32Array(counts.length);
  let inWindow = 0;
  let longest = 0;
  for (let k = 0; k < counts.length; k++) {
    inWindow += (counts[k] as number) - (k >= window ? (counts[k - window] as number) : 0);
    run[k] = inWindow >= need ? (k > 0 ? (run[k - 1] as number) : 0) + 1 : 0;
    if ((run[k] as number) > longest) longest = run[k] as number;
  }
  let current = 0;
  if (nowIndex >= 0 && nowIndex < counts.length) {
    current = run[nowIndex] as number;
    if (current === 0 && nowIndex > 0) current = run[nowIndex - 1] as number;
  }
  return { currentStreakWeeks: current, longestStreakWeeks: longest };
}

/** Posts per week in each UTC year, over the part of the year inside [first, last] (at least a week). */
function perWeekByYear(sorted: Float64Array): Record<number, number> {
  const first = sorted[0] as number;
  const last = sorted[sorted.length - 1] as number;
  const out: Record<number, number> = {};
  let year = new Date(first).getUTCFullYear();
  let yearStart = Date.UTC(year, 0, 1);
  let nextStart = Date.UTC(year + 1, 0, 1);
  let count = 0;
  const close = () => {
    const span = Math.min(last, nextStart) - Math.max(first, yearStart);
    out[year] = count / Math.max(1, span / WEEK);
  };
  for (let i = 0; i < sorted.length; i++) {
    const t = sorted[i] as number;
    while (t >= nextStart) {
      close();
      year++;
      yearStart = nextStart;
      nextStart = Date.UTC(year + 1, 0, 1);
      count = 0;
    }
    count++;
  }
  close();
  return out;
}
