/**
 * Planned posting slots from a profile's cadence.
 *
 * Rules:
 * - N per week: the week (starting Sunday or Monday, after the user's locale)
 *   is cut into its preferred weekdays (all 7 when none) and the N posts are
 *   spread evenly over them, centred, so 1/week on Mon–Fri lands on Wednesday
 *   and 3/week on Mon/Wed/Fri uses each day once. More posts than days means
 *   several posts on a day.
 * - N per month: the same spread over the month's matching days, so the posts
 *   fall in different weeks.
 * - The spread is computed on whole weeks/months and only then clipped to the
 *   start/end dates, the requested range and the pauses, so a slot keeps its
 *   key whatever range is asked for. A slot on a paused day is dropped, not
 *   moved: a pause means "do not post".
 * - Time: one post a day goes at the start of the first time window; several
 *   posts are shared out over the windows (sorted by start) and spaced inside
 *   each. No window means 09:00–18:00.
 *   The wall-clock time is in the cadence's zone, DST included (zoned.ts).
 */
import type { Cadence, Profile } from '../../schema/workspace';
import type { Localized } from '../../schema/text';
import { formatClock, formatDay, formatInstant, monthBounds, parseClock, parseDay, startOfWeekDay, weekdayOf, dayToUtcMs } from './calendar';
import { cadenceProblems, isPlannable, type CadenceProblem } from './cadence';
import { zoneClock, type ZoneClock } from './zoned';

export interface Slot {
  /** Stable identity: `${profileId}:${localDate}:${n}`, n = rank of the post that day. */
  key: string;
  profileId: string;
  network: string;
  /** The instant, ISO 8601 in UTC. */
  start: string;
  /** Wall-clock date and time in `timeZone`. */
  localDate: string;
  localTime: string;
  timeZone: string;
}

export interface DateRange { from: string; to: string }
export interface SlotOptions { weekStartsOn: 0 | 1 }

/** Longest range we plan in one go: bounds the work of a single request. */
const MAX_RANGE_DAYS = 366 * 25;
const DEFAULT_WINDOW: [number, number] = [9 * 60, 18 * 60];

/** Why a range cannot be planned, or null when it is fine. */
export function rangeProblem(range: DateRange): Localized | null {
  const from = parseDay(range.from);
  const to = parseDay(range.to);
  if (from === null) return { fr: `Début de période invalide : « ${range.from} » (AAAA-MM-JJ).`, en: `Invalid range start: "${range.from}" (YYYY-MM-DD).` };
  if (to === null) return { fr: `Fin de période invalide : « ${range.to} » (AAAA-MM-JJ).`, en: `Invalid range end: "${range.to}" (YYYY-MM-DD).` };
  if (to < from) return { fr: `La période finit (${range.to}) avant de commencer (${range.from}).`, en: `The range ends (${range.to}) before it starts (${range.from}).` };
  if (to - from > MAX_RANGE_DAYS) return { fr: 'Période trop longue (25 ans au plus).', en: 'Range too long (25 years at most).' };
  return null;
}

/** Indices of `count` picks spread evenly and centred over `size` candidates. */
function spread(count: number, size: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push(Math.floor(((i + 0.5) * size) / count));
  return out;
}

/**
 * Minutes after midnight of the n-th of m posts on one day: the posts are
 * shared out over the windows in order, and those sharing a window are
 * spaced evenly from its start.
 */
function timeOfDay(windows: [number, number][], n: number, m: number): number {
  const list = windows.length > 0 ? windows : [DEFAULT_WINDOW];
  const w = Math.floor((n * list.length) / m);
  const firstInWindow = Math.ceil((w * m) / list.length);
  const inWindow = Math.ceil(((w + 1) * m) / list.length) - firstInWindow;
  const [start, end] = list[w] as [number, number];
  return start + Math.floor(((n - firstInWindow) * (end - start)) / inWindow);
}

interface Period { first: number; last: number }

function* periods(c: Cadence, lo: number, hi: number, weekStartsOn: 0 | 1): Generator<Period> {
  if (c.per === 'week') {
    for (let first = startOfWeekDay(lo, weekStartsOn); first <= hi; first += 7) yield { first, last: first + 6 };
    return;
  }
  for (let day = monthBounds(lo)[0]; day <= hi;) {
    const [first, last] = monthBounds(day);
    yield { first, last };
    day = last + 1;
  }
}

class SlotBuilder {
  private readonly clock: ZoneClock;
  private readonly windows: [number, number][];
  private readonly pauses: [number, number][];
  private readonly weekdays: Set<number>;
  readonly out: Slot[] = [];

  constructor(private readonly profile: Profile, private readonly c: Cadence, private readonly lo: number, private readonly hi: number) {
    this.clock = zoneClock(c.timeZone, dayToUtcMs(lo), dayToUtcMs(hi + 1));
    this.windows = c.timeWindows
      .map((w): [number, number] => [parseClock(w.start) ?? 0, parseClock(w.end) ?? 0])
      .sort((a, b) => a[0] - b[0]);
    this.pauses = c.pauses.map((p): [number, number] => [parseDay(p.start) ?? 0, parseDay(p.end) ?? -1]);
    this.weekdays = new Set(c.weekdays);
  }

  addPeriod({ first, last }: Period): void {
    const candidates: number[] = [];
    for (let d = first; d <= last; d++) if (this.weekdays.size === 0 || this.weekdays.has(weekdayOf(d))) candidates.push(d);
    if (candidates.length === 0) return;
    const days = spread(this.c.count, candidates.length).map((i) => candidates[i] as number);
    // `days` is sorted, so equal days are adjacent: number them within each run.
    for (let i = 0; i < days.length;) {
      let j = i;
      while (j < days.length && days[j] === days[i]) j++;
      this.addDay(days[i] as number, j - i);
      i = j;
    }
  }

  private addDay(day: number, m: number): void {
    if (day < this.lo || day > this.hi || this.pauses.some(([s, e]) => day >= s && day <= e)) return;
    const localDate = formatDay(day);
    for (let n = 0; n < m; n++) {
      const ms = this.clock.toUtc(day, timeOfDay(this.windows, n, m));
      // A time skipped by a DST change is shown as the time it really becomes.
      const local = this.clock.toLocal(ms);
      this.out.push({
        key: `${this.profile.id}:${localDate}:${n}`,
        profileId: this.profile.id,
        network: this.profile.network,
        start: formatInstant(ms),
        localDate,
        localTime: formatClock(local.minutes),
        timeZone: this.c.timeZone,
      });
    }
  }
}

/**
 * The profile's planned slots whose local date lies in `range` (inclusive),
 * in time order. Empty when the profile has no cadence, the cadence has an
 * error (see cadenceProblems) or the range is invalid (see rangeProblem).
 */
export function generateSlots(profile: Profile, range: DateRange, opts: SlotOptions): Slot[] {
  const c = profile.cadence;
  if (!c || rangeProblem(range) !== null || !isPlannable(c)) return [];
  const lo = Math.max(parseDay(range.from) as number, parseDay(c.startDate) as number);
  const hi = Math.min(parseDay(range.to) as number, c.endDate === null ? Infinity : (parseDay(c.endDate) as number));
  if (hi < lo) return [];
  const builder = new SlotBuilder(profile, c, lo, hi);
  for (const p of periods(c, lo, hi, opts.weekStartsOn)) builder.addPeriod(p);
  return builder.out;
}

export interface PlannedSlots {
  slots: Slot[];
  /** Profiles left out because their cadence has errors, with the errors. */
  invalid: { profileId: string; network: string; problems: CadenceProblem[] }[];
}

/** Slots of every active profile that has a cadence, in time order. */
export function planSlots(profiles: readonly Profile[], range: DateRange, opts: SlotOptions): PlannedSlots {
  const slots: Slot[] = [];
  const invalid: PlannedSlots['invalid'] = [];
  for (const p of profiles) {
    if (p.status !== 'active' || !p.cadence) continue;
    const problems = cadenceProblems(p.cadence).filter((x) => x.level === 'error');
    if (problems.length > 0) invalid.push({ profileId: p.id, network: p.network, problems });
    else for (const s of generateSlots(p, range, opts)) slots.push(s);
  }
  slots.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.key < b.key ? -1 : 1));
  return { slots, invalid };
}

/** The local day of a slot key's date part, for grouping by week. */
export function slotDay(slot: Slot): number {
  return parseDay(slot.localDate) as number;
}
