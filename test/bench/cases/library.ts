import { CURRENT_SCHEMA_VERSION } from '../../../shared/storage/migrations';
import { LibraryData, validateLibrary } from '../../../shared/schema/library';
import { generateLibrary } from '../../fixtures/audit/generate-library';
import { timeAlternately } from '../measure';
import type { BenchCase } from '../types';

const RUNS = 9;

/**
 * Loading the store = JSON.parse + validation, what the vault does at start-up
 * (`validateLibrary`: the canonical check, zod when it says no), against
 * JSON.parse alone of the same bytes, run alternately. zod's full parse, the
 * path of a file that is not canonical, is timed too and shown.
 */
export const libraryLoadBench: BenchCase = () => {
  // The file as the vault writes it: zod's output, every default filled in.
  const text = JSON.stringify(LibraryData.parse({ schemaVersion: CURRENT_SCHEMA_VERSION, workspaces: generateLibrary() }));
  const load = () => {
    const result = validateLibrary(JSON.parse(text));
    if (!result.success) throw new Error('the generated library does not validate');
    return result.data;
  };
  const parse = () => JSON.parse(text) as unknown;
  const profiles = load().workspaces.reduce((n, ws) => n + ws.profiles.length, 0);
  const [loadMs, parseMs] = timeAlternately(load, parse, RUNS);
  const [zodMs] = timeAlternately(() => LibraryData.parse(JSON.parse(text)), parse, RUNS);
  const ratio = loadMs / parseMs;
  return {
    name: 'inventory: load and validate a 500-client library',
    target: '≤ 2× JSON.parse of the same bytes',
    detail: `${loadMs.toFixed(1)} ms to parse and validate ${(text.length / 1e6).toFixed(1)} MB (${profiles.toLocaleString('en')} profiles); JSON.parse alone ${parseMs.toFixed(1)} ms (median of ${RUNS}); a file that is not canonical goes through zod's full parse: ${zodMs.toFixed(1)} ms`,
    ratio,
    pass: ratio <= 2,
  };
};
