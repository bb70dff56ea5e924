/**
 * Wall-clock time in an IANA zone ↔ UTC instants, with Intl only.
 *
 * Why Intl: @date-fns/tz is not installed and date-fns alone only knows the
 * host's zone; Intl.DateTimeFormat carries the tz database in every runtime
 * we ship on (Chromium, Node). Intl is slow per call (tens of µs), so a
 * ZoneClock samples the zone's UTC offset once a week over the span it is
 * asked about, pins each change to the minute by bisection, and then answers
 * every conversion by binary search in that small table (kept per zone).
 */
import { dayToUtcMs, utcMsToDay } from './calendar';

const MINUTE = 60_000;
const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when the runtime's tz database knows this IANA name. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** UTC offset in ms (local − UTC) of `timeZone` at instant `ms`, straight from Intl. */
function intlOffset(timeZone: string, ms: number): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(ms));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - (ms - (((ms % 1000) + 1000) % 1000));
}

interface Transition { at: number; offset: number }

export interface ZoneClock {
  timeZone: string;
  /** Offset (local − UTC, ms) at an instant. */
  offsetAt(ms: number): number;
  /**
   * Instant of a wall-clock time. A time skipped by a spring-forward change
   * moves forward by the gap (02:30 → 03:30); a time repeated in autumn takes
   * the first occurrence — the same choice as Temporal's "compatible".
   */
  toUtc(day: number, minutes: number): number;
  /** Wall-clock calendar day and minute of an instant. */
  toLocal(ms: number): { day: number; minutes: number };
}

/**
 * Offsets are sampled weekly: the tz database has no pair of changes less
 * than a week apart in the years people plan for, and a weekly step keeps
 * ten years to ~520 Intl calls per zone.
 */
const SAMPLE_STEP = 7 * DAY;

interface Table { from: number; to: number; first: number; transitions: Transition[] }

function buildTable(timeZone: string, from: number, to: number): Table {
  const first = intlOffset(timeZone, from);
  const transitions: Transition[] = [];
  let prevAt = from;
  let prevOffset = first;
  for (let t = Math.min(from + SAMPLE_STEP, to); prevAt < to; t = Math.min(t + SAMPLE_STEP, to)) {
    const o = intlOffset(timeZone, t);
    if (o !== prevOffset) {
      // Bisect in whole minutes: the change lies in (prevAt, t].
      let lo = 0;
      let hi = Math.ceil((t - prevAt) / MINUTE);
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if (intlOffset(timeZone, prevAt + mid * MINUTE) === prevOffset) lo = mid; else hi = mid;
      }
      transitions.push({ at: Math.min(prevAt + hi * MINUTE, t), offset: o });
      prevOffset = o;
    }
    prevAt = t;
  }
  return { from, to, first, transitions };
}

/** Tables already built, per zone: plans are asked for again and again over the same years. */
const tables = new Map<string, Table>();

function tableFor(timeZone: string, from: number, to: number): Table {
  const known = tables.get(timeZone);
  if (known && known.from <= from && known.to >= to) return known;
  const table = buildTable(timeZone, Math.min(from, known?.from ?? from), Math.max(to, known?.to ?? to));
  tables.set(timeZone, table);
  return table;
}

/**
 * A converter for `timeZone`, exact over [fromMs, toMs] (plus two days of
 * margin) and still correct, only slower, outside it. Throws RangeError for
 * an unknown zone: check with isValidTimeZone first.
 */
export function zoneClock(timeZone: string, fromMs: number, toMs: number): ZoneClock {
  const { from: spanFrom, to: spanTo, first, transitions } = tableFor(timeZone, fromMs - 2 * DAY, toMs + 2 * DAY);

  const offsetAt = (ms: number): number => {
    if (ms < spanFrom || ms > spanTo) return intlOffset(timeZone, ms);
    let lo = 0;
    let hi = transitions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((transitions[mid] as Transition).at <= ms) lo = mid + 1; else hi = mid;
    }
    return lo === 0 ? first : (transitions[lo - 1] as Transition).offset;
  };

  const toUtc = (day: number, minutes: number): number => {
    const wall = dayToUtcMs(day) + minutes * MINUTE;
    // At most one change happens within a day either side of any wall time.
    const before = offsetAt(wall - DAY);
    const after = offsetAt(wall + DAY);
    const tBefore = wall - before;
    if (before === after) return tBefore;
    const tAfter = wall - after;
    const beforeFits = offsetAt(tBefore) === before;
    const afterFits = offsetAt(tAfter) === after;
    if (beforeFits && afterFits) return Math.min(tBefore, tAfter);
    if (afterFits) return tAfter;
    return tBefore;
  };

  const toLocal = (ms: number): { day: number; minutes: number } => {
    const wall = ms + offsetAt(ms);
    const day = utcMsToDay(wall);
    return { day, minutes: Math.floor((wall - dayToUtcMs(day)) / MINUTE) };
  };

  return { timeZone, offsetAt, toUtc, toLocal };
}
