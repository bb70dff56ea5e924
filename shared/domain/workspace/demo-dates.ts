import type { Workspace } from '../../schema/workspace';

const DAY_MS = 86_400_000;
const WEEK_DAYS = 7;
/** A whole date, or a date and time, as the schema writes them; free text never matches. */
const DATE_VALUE = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Every date in `value` moved by `days`; the wall-clock time and offset of a date-time are kept. */
function shiftDates(value: unknown, days: number): unknown {
  if (typeof value === 'string') {
    const m = DATE_VALUE.exec(value);
    return m ? `${shiftDay(m[1] as string, days)}${m[2] ?? ''}` : value;
  }
  if (Array.isArray(value)) return value.map((v) => shiftDates(v, days));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shiftDates(v, days)]));
  return value;
}

/**
 * The demo as if its story happened lately: every date moves by the same
 * whole number of weeks (weekdays, and so the cadences, stay as written) so
 * that its newest published post falls in the 7 days before `now`. Its plan
 * then reads as mostly done with a few misses, and its drafts and ideas as coming.
 */
export function demoAsOf(ws: Workspace, now: Date): Workspace {
  const published = ws.posts.filter((p) => p.status === 'published').map((p) => Date.parse(p.date));
  if (published.length === 0) return ws;
  const newest = Math.max(...published);
  const weeks = Math.ceil((now.getTime() - newest) / (WEEK_DAYS * DAY_MS)) - 1;
  return shiftDates(ws, weeks * WEEK_DAYS) as Workspace;
}
