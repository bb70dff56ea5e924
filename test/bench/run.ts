import type { BenchCase, BenchResult } from './types';
import { benchCases } from './cases';

/**
 * Runs every benchmark once in this process and prints each ratio against its target.
 * Words after `npm run bench --` keep only the cases whose function name contains one (e.g. `render`).
 */
async function main(): Promise<void> {
  const only = process.argv.slice(2).map((w) => w.toLowerCase());
  const chosen = (benchCases as BenchCase[]).filter((b) => only.length === 0 || only.some((w) => b.name.toLowerCase().includes(w)));
  const results: BenchResult[] = [];
  for (const bench of chosen) {
    const r = await bench();
    results.push(r);
    console.log(`${r.pass ? 'PASS' : 'MISS'}  ${r.name}\n      ${r.detail}\n      ratio ${r.ratio === null ? 'n/a' : r.ratio.toFixed(2)} — target ${r.target}`);
  }
  const missed = results.filter((r) => !r.pass).length;
  console.log(`\n${results.length - missed} of ${results.length} targets met`);
  process.exitCode = missed === 0 ? 0 : 1;
}

void main();
