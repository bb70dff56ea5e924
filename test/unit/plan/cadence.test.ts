import { describe, expect, it } from 'vitest';
import { cadenceProblems, defaultCadence, plannedIntervalDays } from '../../../shared/domain/plan/cadence';
import { defaultRegistry } from '../../../shared/domain/networks/registry';
import { NetworkDefinition, type NetworkDefinition as Net } from '../../../shared/schema/network';
import { Cadence } from '../../../shared/schema/workspace';
import { profileWith } from './helpers';

const net = (id: string): Net => {
  const n = defaultRegistry().get(id);
  if (!n) throw new Error(id);
  return n;
};
const cadence = (c: Partial<Cadence>): Cadence => profileWith(c).cadence as Cadence;

describe('defaultCadence', () => {
  it('starts from the catalog range and says where it comes from', () => {
    const li = net('linkedin');
    const c = defaultCadence(li, '2024-05-01', 'Europe/Paris');
    expect(c).toMatchObject({ count: li.posting?.minPerWeek, per: 'week', weekdays: [1, 2, 3, 4, 5], timeZone: 'Europe/Paris', startDate: '2024-05-01', endDate: null, maxPerDay: li.posting?.maxPerDay });
    expect(c.source).toBe(li.posting?.source);
    const { source: _source, ...rest } = c;
    expect(Cadence.safeParse(rest).success).toBe(true);
    expect(cadenceProblems(rest)).toEqual([]);
  });
  it('plans monthly below one post a week, and falls back when the network has no range', () => {
    expect(defaultCadence(net('youtube'), '2024-05-01', 'UTC')).toMatchObject({ count: 1, per: 'month' });
    const custom = NetworkDefinition.parse({ id: 'club-pharma', label: 'Club Pharma', kind: 'professional' });
    const c = defaultCadence(custom, '2024-05-01', 'Europe/Paris');
    expect(c).toMatchObject({ count: 1, per: 'week' });
    expect(c.maxPerDay).toBeUndefined();
    expect(c.source).toMatch(/Vitrine editorial default/);
  });
});

describe('cadenceProblems', () => {
  it('reports each problem with its field, in French and English', () => {
    const problems = cadenceProblems(cadence({
      startDate: '2024-05-10', endDate: '2024-05-01', timeZone: 'Europe/Pariss',
      timeWindows: [{ start: '10:00', end: '09:00' }, { start: '25:00', end: '26:00' }],
      pauses: [{ start: '2024-08-20', end: '2024-08-01', label: '' }],
    }));
    expect(problems.map((p) => p.field)).toEqual(['endDate', 'pauses[0].end', 'timeWindows[0].end', 'timeWindows[1].start', 'timeWindows[1].end', 'timeZone']);
    expect(problems[0]?.message.en).toBe('The end date (2024-05-01) is before the start date (2024-05-10).');
    expect(problems[0]?.message.fr).toBe('La date de fin (2024-05-01) est avant la date de début (2024-05-10).');
    expect(problems.every((p) => p.level === 'error')).toBe(true);
  });
  it('allows fewer weekdays than posts unless it breaks maxPerDay; warns above maxPerWeek', () => {
    expect(cadenceProblems(cadence({ count: 3, weekdays: [2] }))).toEqual([]);
    expect(cadenceProblems(cadence({ count: 3, weekdays: [2], maxPerDay: 2 })).map((p) => [p.field, p.level])).toEqual([['count', 'error']]);
    expect(cadenceProblems(cadence({ count: 6, maxPerWeek: 5 })).map((p) => [p.field, p.level])).toEqual([['count', 'warning']]);
    expect(cadenceProblems(cadence({ startDate: '2023-02-29' }))[0]?.field).toBe('startDate');
  });
  it('gives the planned interval in days', () => {
    expect(plannedIntervalDays(cadence({ count: 2, per: 'week' }))).toBe(3.5);
    expect(plannedIntervalDays(cadence({ count: 1, per: 'month' }))).toBeCloseTo(30.44, 2);
  });
});
