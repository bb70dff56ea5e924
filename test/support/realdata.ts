import { existsSync } from 'node:fs';
import path from 'node:path';

/** ../shared/realdata beside the repository (or VITRINE_REALDATA_DIR, e.g. from a git worktree); absent on some machines. */
export const REALDATA_DIR = process.env.VITRINE_REALDATA_DIR ?? path.resolve(__dirname, '../../../shared/realdata');
export const hasRealdata = existsSync(REALDATA_DIR);

export function realdataPath(...parts: string[]): string {
  return path.join(REALDATA_DIR, ...parts);
}

/** Call at the top of a conformance file so a skip is never silent. */
export function announceRealdataSkip(suite: string): void {
  if (!hasRealdata) console.warn(`[${suite}] skipped: ../shared/realdata is not present (${REALDATA_DIR})`);
}
