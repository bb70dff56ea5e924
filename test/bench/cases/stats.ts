import { postingStats } from '../../../shared/domain/posts';
import type { BenchCase } from '../types';
import { timeAlternately } from '../measure';

const POSTS = 100_000;
const RUNS = 15;
const START = Date.UTC(2010, 0, 1);
const END = Date.UTC(2026, 0, 1);

/** Deterministic pseudo-random timestamps (mulberry32), unsorted, so runs compare. */
function syntheticTimestamps(count: number): number[] {
  let seed = 0x5eed;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: count }, () => Math.floor(START + random() * (END - START)));
}



/** postingStats over 100,000 posts against a bare numeric sort of the same timestamps. */
export const statsBench: BenchCase = () => {
  const ts = syntheticTimestamps(POSTS);
  const [sortMs, statsMs] = timeAlternately(() => Float64Array.from(ts).sort(), () => postingStats(ts, { now: END }), RUNS);
  const ratio = statsMs / sortMs;
  return {
    name: 'posting stats',
    target: '≤ 3× Float64Array sort',
    detail: `${statsMs.toFixed(1)} ms for ${POSTS.toLocaleString('en')} posts; sort alone ${sortMs.toFixed(1)} ms (median of ${RUNS})`,
    ratio,
    pass: ratio <= 3,
  };
};
