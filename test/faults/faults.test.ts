import { describe, expect, it } from 'vitest';
import { bitFlips, damagedKeys, describeFigures, diskFull, killDuringRepair, killDuringSaves, missingStore, readOnly, seeded, type Figures } from './lab';

/**
 * The fault-injection suite. In `npm test` it runs a handful of each case;
 * `npm run faults` (VITRINE_FAULTS=long) runs the long counts and prints the
 * figures quoted in the README ("What Vitrine promises about your data").
 */
const LONG = process.env.VITRINE_FAULTS === 'long';
const SEED = Number(process.env.VITRINE_FAULTS_SEED ?? 20261130);
const n = (short: number, long: number) => (LONG ? long : short);
const timeout = LONG ? 3_600_000 : 60_000;

function report(f: Figures): void {
  console.log(describeFigures(f));
  expect(f.failures).toEqual([]);
}

describe(`fault injection (${LONG ? 'long' : 'short'} run, seed ${SEED})`, () => {
  it('kill -9 during saves: no acknowledged edit is lost, the next start needs no repair', async () => {
    report(await killDuringSaves(n(3, 220), seeded(SEED)));
  }, timeout);

  it('kill -9 during the start-up repair of a damaged store: the next start finishes it, no client or picture lost', async () => {
    report(await killDuringRepair(n(3, 220), seeded(SEED + 1), 'damaged'));
  }, timeout);

  it('kill -9 during the start-up repair of a missing store', async () => {
    report(await killDuringRepair(n(2, 50), seeded(SEED + 2), 'missing'));
  }, timeout);

  it('single-bit flips of the store are all detected and repaired from the backups', () => {
    report(bitFlips(n(12, 450), seeded(SEED + 3)));
  }, timeout);

  it('damaged key names are damage: restored from a backup, or salvaged client by client with a notice', () => {
    report(damagedKeys());
  }, timeout);

  it('a missing store with backups beside it is restored with a notice', () => {
    report(missingStore());
  }, timeout);

  it('a full disk (short writes, ENOSPC; a real tmpfs where it can be mounted) is a failed save, never a success', () => {
    report(diskFull(n(2, 40), seeded(SEED + 4)));
  }, timeout);

  it('a read-only folder refuses saves visibly and moves no picture; a read-only file is replaced', () => {
    report(readOnly());
  }, timeout);
});
