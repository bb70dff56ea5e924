import { LibraryData } from '../../../shared/schema/library';
import { generateLibrary } from '../../fixtures/audit/generate-library';
import { timeAlternately } from '../measure';
import type { BenchCase } from '../types';

const RUNS = 9;


/**
 * Loading the store = JSON.parse + zod validation (what the vault does at
 * start-up), against JSON.parse alone of the same bytes, run alternately.
 */
export const libraryLoadBench: BenchCase = () => {
  const text = JSON.stringify({ schemaVersion: 1, workspaces: generateLibrary() });
  const load = () => LibraryData.parse(JSON.parse(text));
  const parse = () => JSON.parse(text) as unknown;
  const profiles = load().workspaces.reduce((n, ws) => n + ws.profiles.length, 0);
  const [loadMs, parseMs] = timeAlternately(load, parse, RUNS);
  const ratio = loadMs / parseMs;
  return {
    name: 'inventory: load and validate a 500-client library',
    target: '≤ 2× JSON.parse of the same bytes',
    detail: `${loadMs.toFixed(1)} ms to parse and validate ${(text.length / 1e6).toFixed(1)} MB (${profiles.toLocaleString('en')} profiles); JSON.parse alone ${parseMs.toFixed(1)} ms (median of ${RUNS})`,
    ratio,
    pass: ratio <= 2,
  };
};
