const MONTHS: Record<string, number> = {
  Jan: 0, Feb: 1, Mar: 2, Apr: 3, May: 4, Jun: 5, Jul: 6, Aug: 7, Sep: 8, Oct: 9, Nov: 10, Dec: 11,
};

/** Date.UTC that refuses out-of-range parts (Feb 30, hour 25) instead of rolling over. */
function strictUtc(year: number, month: number, day: number, hour: number, minute: number, second: number): number | null {
  const ms = Date.UTC(year, month, day, hour, minute, second);
  const d = new Date(ms);
  const same = d.getUTCFullYear() === year && d.getUTCMonth() === month && d.getUTCDate() === day
    && d.getUTCHours() === hour && d.getUTCMinutes() === minute && d.getUTCSeconds() === second;
  return same ? ms : null;
}

/**
 * LinkedIn Shares dates: `2024-05-13 10:20:30` (2024+, no zone marker) and
 * `2017/06/08 08:15:44 UTC` (2018). Both are UTC: LinkedIn writes every
 * export timestamp in UTC and says so in the older vintage.
 */
export function parseLinkedInDate(value: string): number | null {
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*(?:UTC|GMT|Z))?$/i.exec(value.trim());
  if (!m) return null;
  return strictUtc(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
}

/** X archive `created_at`: `Thu Nov 03 08:50:26 +0000 2022`. */
export function parseXDate(value: string): number | null {
  const m = /^[A-Za-z]{3} ([A-Za-z]{3}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/.exec(value.trim());
  const month = m ? MONTHS[m[1] ?? ''] : undefined;
  if (!m || month === undefined) return null;
  const local = strictUtc(Number(m[9]), month, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]));
  if (local === null) return null;
  const offsetMinutes = (m[6] === '-' ? -1 : 1) * (Number(m[7]) * 60 + Number(m[8]));
  return local - offsetMinutes * 60_000;
}

/** ISO form with Z; whole seconds drop the `.000`, as the exports have second precision. */
export function toIsoUtc(ms: number): string {
  return new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
}
