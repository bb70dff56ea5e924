import { planSlots } from '../../../shared/domain/plan/slots';
import { Profile } from '../../../shared/schema/workspace';
import type { BenchCase } from '../types';
import { median } from '../measure';

const NETWORKS = 20;
const RANGE = { from: '2016-01-01', to: '2025-12-31' };
const DAYS = 3653;
const RUNS = 7;
const ZONES = ['Europe/Paris', 'America/New_York', 'Asia/Tokyo', 'Australia/Sydney', 'Europe/Berlin'];

/** 20 fictional profiles: weekly and monthly cadences, several zones (with and without DST), pauses and windows. */
function profiles(): Profile[] {
  return Array.from({ length: NETWORKS }, (_, i) => Profile.parse({
    id: `bench-${i}`,
    network: `net-${i}`,
    cadence: {
      count: i % 4 === 3 ? 4 : 1 + (i % 7),
      per: i % 4 === 3 ? 'month' : 'week',
      weekdays: i % 2 === 0 ? [1, 2, 3, 4, 5] : [],
      timeWindows: [{ start: '08:30', end: '10:00' }, { start: '17:00', end: '18:30' }],
      timeZone: ZONES[i % ZONES.length],
      pauses: Array.from({ length: 10 }, (_, y) => ({ start: `${2016 + y}-08-01`, end: `${2016 + y}-08-21`, label: 'summer' })),
      startDate: RANGE.from,
    },
  }));
}


/** Time of one Date construction (plus a read, so it is not optimised away), per call. */
function dateCostMs(calls: number): number {
  const t0 = performance.now();
  let sink = 0;
  for (let i = 0; i < calls; i++) sink += new Date(1_450_000_000_000 + i * 86_400_000).getUTCDate();
  const ms = performance.now() - t0;
  if (sink === 0) throw new Error('unreachable');
  return ms / calls;
}

/**
 * Plans 20 networks over 10 years. The baseline is what a naive planner would
 * at least spend: one Date construction for every day of every network
 * (3,653 × 20), measured in the same run. The ratio says how many such
 * "day visits" the whole plan costs, DST-correct times and all.
 */
export const planBench: BenchCase = () => {
  const list = profiles();
  let slots = 0;
  planSlots(list, RANGE, { weekStartsOn: 1 });
  const times: number[] = [];
  const baselines: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    baselines.push(dateCostMs(DAYS * NETWORKS) * DAYS * NETWORKS);
    const t0 = performance.now();
    slots = planSlots(list, RANGE, { weekStartsOn: 1 }).slots.length;
    times.push(performance.now() - t0);
  }
  const planMs = median(times);
  const baseMs = median(baselines);
  const ratio = planMs / baseMs;
  return {
    name: 'posting plan (20 networks × 10 years)',
    target: '< 1 s and ≤ 20× one Date per day per network',
    detail: `${planMs.toFixed(1)} ms for ${slots.toLocaleString('en')} slots; ${(DAYS * NETWORKS).toLocaleString('en')} Date constructions take ${baseMs.toFixed(1)} ms (median of ${RUNS})`,
    ratio,
    pass: planMs < 1000 && ratio <= 20,
  };
};
