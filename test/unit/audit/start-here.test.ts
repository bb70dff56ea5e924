import { describe, expect, it } from 'vitest';
import { dismissFinding } from '../../../shared/domain/audit/dismissals';
import { auditWorkspace } from '../../../shared/domain/audit/engine';
import { byPointsLost, startHere } from '../../../shared/domain/audit/start-here';
import { NOW, profile, workspace } from '../../fixtures/audit/build';
import { freelancer } from '../../fixtures/audit/freelancer';

/** The score once every finding of the fix is dismissed (a dismissed finding costs nothing): what fixing them all would give. */
function scoreAfter(ws: ReturnType<typeof workspace>, keys: readonly { key: string; code: string; profileId: string | null }[]): number {
  const fixed = keys.reduce((w, f) => dismissFinding(w, f, 'test', NOW), ws);
  return auditWorkspace(fixed, { now: NOW }).score;
}

describe('start here', () => {
  // Three profiles without a headline (−10 each) outweigh one without a name (−15).
  const ws = workspace({
    profiles: [
      profile({ id: 'a', headline: '' }),
      profile({ id: 'b', headline: '', displayName: '' }),
      profile({ id: 'c', headline: '' }),
    ],
  });
  const report = auditWorkspace(ws, { now: NOW });

  it('weighs a rule across every profile it fires on, and gains exactly what fixing it would', () => {
    const fixes = startHere(report);
    expect(fixes[0]?.code).toBe('missing-headline');
    expect(fixes[0]?.findings.map((f) => f.profileId).sort()).toEqual(['a', 'b', 'c']);
    for (const fix of fixes) expect(scoreAfter(ws, fix.findings)).toBe(report.score + fix.gain);
  });

  it('keeps the best three, by gain, and leaves out rules that gain nothing', () => {
    const report2 = auditWorkspace(freelancer(), { now: NOW });
    const fixes = startHere(report2);
    expect(fixes.length).toBeLessThanOrEqual(3);
    expect(fixes.length).toBeGreaterThan(0);
    const gains = fixes.map((f) => f.gain);
    expect(gains).toEqual([...gains].sort((a, b) => b - a));
    for (const g of gains) expect(g).toBeGreaterThan(0);
    // No rule left out would have gained more than the weakest one kept.
    const kept = new Set(fixes.map((f) => f.code));
    const others = [...new Set(report2.findings.filter((f) => f.points > 0 && !kept.has(f.code)).map((f) => f.code))];
    for (const code of others) {
      const gain = scoreAfter(freelancer(), report2.findings.filter((f) => f.code === code)) - report2.score;
      expect(gain).toBeLessThanOrEqual(gains.at(-1)!);
    }
  });

  it('is empty when nothing costs points', () => {
    const clean = auditWorkspace(workspace({ profiles: [] }), { now: NOW });
    expect(startHere({ ...clean, findings: clean.findings.filter((f) => f.points === 0) })).toEqual([]);
  });

  it('sorts findings by points lost, largest first, keeping order among equals', () => {
    const sorted = byPointsLost(report.findings);
    const points = sorted.map((f) => f.points);
    expect(points).toEqual([...points].sort((a, b) => b - a));
    expect(sorted[0]?.code).toBe('missing-name');
  });
});
