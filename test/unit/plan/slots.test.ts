import { describe, expect, it } from 'vitest';
import { generateSlots, planSlots, rangeProblem } from '../../../shared/domain/plan/slots';
import { profileWith } from './helpers';

const MON = { weekStartsOn: 1 } as const;
const SUN = { weekStartsOn: 0 } as const;
const dates = (slots: { localDate: string }[]): string[] => slots.map((s) => s.localDate);

describe('generateSlots — per week', () => {
  it('spreads N posts over the preferred weekdays, centred', () => {
    const p = profileWith({ count: 3, weekdays: [1, 3, 5], timeWindows: [{ start: '09:00', end: '10:00' }] });
    const slots = generateSlots(p, { from: '2024-01-01', to: '2024-01-14' }, MON);
    expect(dates(slots)).toEqual(['2024-01-01', '2024-01-03', '2024-01-05', '2024-01-08', '2024-01-10', '2024-01-12']);
    expect(slots[0]).toEqual({
      key: 'p-li:2024-01-01:0', profileId: 'p-li', network: 'linkedin', start: '2024-01-01T08:00:00.000Z',
      localDate: '2024-01-01', localTime: '09:00', timeZone: 'Europe/Paris',
    });
  });

  it('puts one post a week mid-week on working days, and spreads over all 7 days without weekdays', () => {
    const one = profileWith({ count: 1, weekdays: [1, 2, 3, 4, 5] });
    expect(dates(generateSlots(one, { from: '2024-01-01', to: '2024-01-07' }, MON))).toEqual(['2024-01-03']);
    const any = profileWith({ count: 2, weekdays: [] });
    expect(dates(generateSlots(any, { from: '2024-01-01', to: '2024-01-07' }, MON))).toEqual(['2024-01-02', '2024-01-06']);
  });

  it('follows the locale week start (Sunday for en-US, Monday for fr)', () => {
    const p = profileWith({ count: 1, weekdays: [] });
    // Week of Sun 2024-01-07 → Sat 2024-01-13 vs Mon 2024-01-08 → Sun 2024-01-14.
    expect(dates(generateSlots(p, { from: '2024-01-08', to: '2024-01-13' }, SUN))).toEqual(['2024-01-10']);
    expect(dates(generateSlots(p, { from: '2024-01-08', to: '2024-01-14' }, MON))).toEqual(['2024-01-11']);
  });

  it('puts several posts on one day when there are fewer weekdays than posts, shared over the time windows', () => {
    const p = profileWith({ count: 3, weekdays: [2], timeWindows: [{ start: '14:00', end: '15:00' }, { start: '08:00', end: '09:00' }] });
    const slots = generateSlots(p, { from: '2024-01-01', to: '2024-01-07' }, MON);
    expect(slots.map((s) => `${s.key} ${s.localTime}`)).toEqual(['p-li:2024-01-02:0 08:00', 'p-li:2024-01-02:1 08:30', 'p-li:2024-01-02:2 14:00']);
  });

  it('defaults to 09:00 without a time window and spaces extra posts until 18:00', () => {
    const p = profileWith({ count: 14, weekdays: [], timeWindows: [] });
    const slots = generateSlots(p, { from: '2024-01-01', to: '2024-01-01' }, MON);
    expect(slots.map((s) => s.localTime)).toEqual(['09:00', '13:30']);
  });
});

describe('generateSlots — per month', () => {
  it('spreads N posts over the month so they fall in different weeks', () => {
    const p = profileWith({ count: 4, per: 'month', weekdays: [2] });
    // January 2024 has five Tuesdays: 2, 9, 16, 23, 30.
    expect(dates(generateSlots(p, { from: '2024-01-01', to: '2024-01-31' }, MON))).toEqual(['2024-01-02', '2024-01-09', '2024-01-23', '2024-01-30']);
    const monthly = profileWith({ count: 1, per: 'month', weekdays: [] });
    expect(dates(generateSlots(monthly, { from: '2024-01-01', to: '2024-04-30' }, MON))).toEqual(['2024-01-16', '2024-02-15', '2024-03-16', '2024-04-16']);
  });

  it('handles month ends and leap years (Feb 29)', () => {
    const p = profileWith({ count: 2, per: 'month', weekdays: [] });
    expect(dates(generateSlots(p, { from: '2024-02-01', to: '2024-02-29' }, MON))).toEqual(['2024-02-08', '2024-02-22']);
    const daily = profileWith({ count: 7, weekdays: [] });
    expect(dates(generateSlots(daily, { from: '2024-02-28', to: '2024-03-01' }, MON))).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
    expect(dates(generateSlots(daily, { from: '2025-02-28', to: '2025-03-01' }, MON))).toEqual(['2025-02-28', '2025-03-01']);
    const endOfMonth = profileWith({ count: 31, per: 'month', weekdays: [] });
    const april = generateSlots(endOfMonth, { from: '2024-04-01', to: '2024-04-30' }, MON);
    expect(april).toHaveLength(31);
    expect(april.filter((s) => s.key.endsWith(':1')).map((s) => s.localDate)).toEqual(['2024-04-16']);
    expect(april.at(-1)?.key).toBe('p-li:2024-04-30:0');
  });
});

describe('generateSlots — time zones and DST', () => {
  const paris = profileWith({ count: 7, weekdays: [], timeWindows: [{ start: '09:00', end: '10:00' }] });

  it('keeps 09:00 Europe/Paris across the last Sundays of March and October', () => {
    const spring = generateSlots(paris, { from: '2024-03-30', to: '2024-04-01' }, MON);
    expect(spring.map((s) => s.start)).toEqual(['2024-03-30T08:00:00.000Z', '2024-03-31T07:00:00.000Z', '2024-04-01T07:00:00.000Z']);
    const autumn = generateSlots(paris, { from: '2024-10-26', to: '2024-10-28' }, MON);
    expect(autumn.map((s) => s.start)).toEqual(['2024-10-26T07:00:00.000Z', '2024-10-27T08:00:00.000Z', '2024-10-28T08:00:00.000Z']);
    expect(new Set([...spring, ...autumn].map((s) => s.localTime))).toEqual(new Set(['09:00']));
  });

  it('keeps 09:00 America/New_York across its own DST dates', () => {
    const ny = profileWith({ count: 7, weekdays: [], timeZone: 'America/New_York', timeWindows: [{ start: '09:00', end: '10:00' }] });
    const slots = generateSlots(ny, { from: '2024-03-09', to: '2024-03-10' }, SUN);
    expect(slots.map((s) => s.start)).toEqual(['2024-03-09T14:00:00.000Z', '2024-03-10T13:00:00.000Z']);
    const nov = generateSlots(ny, { from: '2024-11-02', to: '2024-11-03' }, SUN);
    expect(nov.map((s) => s.start)).toEqual(['2024-11-02T13:00:00.000Z', '2024-11-03T14:00:00.000Z']);
  });

  it('shows a time skipped by the spring change as the time it becomes', () => {
    const night = profileWith({ count: 7, weekdays: [], timeWindows: [{ start: '02:30', end: '03:00' }] });
    const [slot] = generateSlots(night, { from: '2024-03-31', to: '2024-03-31' }, MON);
    expect(slot?.start).toBe('2024-03-31T01:30:00.000Z');
    expect(slot?.localTime).toBe('03:30');
  });

  it('uses the cadence zone for the wall-clock time', () => {
    const tokyo = profileWith({ count: 7, weekdays: [], timeZone: 'Asia/Tokyo', timeWindows: [{ start: '08:00', end: '09:00' }] });
    expect(generateSlots(tokyo, { from: '2024-07-01', to: '2024-07-01' }, MON)[0]?.start).toBe('2024-06-30T23:00:00.000Z');
  });
});

describe('generateSlots — dates, pauses and stability', () => {
  it('honours start and end dates', () => {
    const p = profileWith({ count: 7, weekdays: [], startDate: '2024-01-03', endDate: '2024-01-05' });
    expect(dates(generateSlots(p, { from: '2024-01-01', to: '2024-01-31' }, MON))).toEqual(['2024-01-03', '2024-01-04', '2024-01-05']);
  });

  it('drops slots on paused days without moving them', () => {
    const p = profileWith({ count: 3, weekdays: [1, 3, 5], pauses: [{ start: '2024-01-03', end: '2024-01-08', label: 'Congés' }] });
    expect(dates(generateSlots(p, { from: '2024-01-01', to: '2024-01-12' }, MON))).toEqual(['2024-01-01', '2024-01-10', '2024-01-12']);
  });

  it('gives the same keys whatever range is asked for', () => {
    const p = profileWith({ count: 3, weekdays: [] });
    const year = generateSlots(p, { from: '2024-01-01', to: '2024-12-31' }, MON);
    const june = generateSlots(p, { from: '2024-06-01', to: '2024-06-30' }, MON);
    expect(june.length).toBeGreaterThan(10);
    expect(year.filter((s) => s.localDate.startsWith('2024-06'))).toEqual(june);
    expect(new Set(year.map((s) => s.key)).size).toBe(year.length);
  });

  it('returns nothing for no cadence, an invalid cadence or an invalid range', () => {
    const r = { from: '2024-01-01', to: '2024-01-31' };
    expect(generateSlots(profileWith(null), r, MON)).toEqual([]);
    expect(generateSlots(profileWith({ timeZone: 'Mars/Olympus' }), r, MON)).toEqual([]);
    expect(generateSlots(profileWith({}), { from: '2024-02-01', to: '2024-01-01' }, MON)).toEqual([]);
    expect(rangeProblem({ from: '2024-02-01', to: '2024-01-01' })?.en).toMatch(/ends .* before it starts/);
    expect(rangeProblem({ from: '2024-02-30', to: '2024-03-01' })?.fr).toMatch(/Début de période invalide/);
    expect(rangeProblem(r)).toBeNull();
  });
});

describe('planSlots', () => {
  it('plans active profiles only, sorted by time, and reports invalid cadences', () => {
    const li = profileWith({ count: 1, weekdays: [3], timeWindows: [{ start: '10:00', end: '11:00' }] });
    const x = profileWith({ count: 1, weekdays: [3], timeWindows: [{ start: '08:00', end: '09:00' }] }, { id: 'p-x', network: 'x' });
    const dormant = profileWith({ count: 1 }, { id: 'p-d', status: 'dormant' });
    const broken = profileWith({ endDate: '2023-01-01' }, { id: 'p-b' });
    const out = planSlots([li, x, dormant, broken], { from: '2024-01-01', to: '2024-01-07' }, MON);
    expect(out.slots.map((s) => s.key)).toEqual(['p-x:2024-01-03:0', 'p-li:2024-01-03:0']);
    expect(out.invalid).toEqual([{ profileId: 'p-b', network: 'linkedin', problems: [expect.objectContaining({ field: 'endDate', level: 'error' })] }]);
  });
});
