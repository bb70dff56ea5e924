import { LibraryData } from '../../../shared/schema/library';
import { generateLibrary } from '../../fixtures/audit/generate-library';
import type { BenchCase } from '../types';

const RUNS = 9;

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? 0;
}

/**
 * Loading the store = JSON.parse + zod validation (what the vault does at
 * start-up), against JSON.parse alone of the same bytes, run alternately.
 */
export const libraryLoadBench: BenchCase = () => {
  const text = JSON.stringify({ schemaVersion: 1, workspaces: generateLibrary() });
  const load = () => LibraryData.parse(JSON.parse(text));
  const parse = () => JSON.parse(text) as unknown;
  const profiles = load().workspaces.reduce((n, ws) => n + ws.profiles.length, 0);
  parse();
  const tl: number[] = [];
  const tp: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let t0 = performance.now();
    load();
    tl.push(performance.now() - t0);
    t0 = performance.now();
    parse();
    tp.push(performance.now() - t0);
  }
  const [loadMs, parseMs] = [median(tl), median(tp)];
  const ratio = loadMs / parseMs;
  return {
    name: 'inventory: load and validate a 500-client library',
    target: '≤ 2× JSON.parse of the same bytes',
    detail: `${loadMs.toFixed(1)} ms to parse and validate ${(text.length / 1e6).toFixed(1)} MB (${profiles.toLocaleString('en')} profiles); JSON.parse alone ${parseMs.toFixed(1)} ms (median of ${RUNS})`,
    ratio,
    pass: ratio <= 2,
  };
};
