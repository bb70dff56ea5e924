import { describe, expect, it } from 'vitest';
import { auditProfile, auditWorkspace } from '../../../shared/domain/audit/engine';
import { AUDIT_RULES } from '../../../shared/domain/audit/catalog';
import { dismissFinding, restoreFinding } from '../../../shared/domain/audit/dismissals';
import { Finding } from '../../../shared/schema/finding';
import { Workspace } from '../../../shared/schema/workspace';
import { NOW } from '../../fixtures/audit/build';
import { freelancer } from '../../fixtures/audit/freelancer';

describe('whole-workspace audit of a French freelancer', () => {
  const report = auditWorkspace(freelancer(), { now: NOW });

  it('finds the expected problems, and only those', () => {
    expect(report.findings.map((f) => f.key).sort()).toEqual([
      'duplicate-summary:linkedin',
      'duplicate-summary:malt',
      'headline-inconsistent:x',
      'legacy-network:viadeo',
      'missing-cross-link:malt:github',
      'missing-keywords:malt',
      'one-way-link:github:linkedin',
      'one-way-link:github:x',
      'one-way-link:malt:x',
      'pro-links-to-personal:x:facebook',
      'wall-open:facebook',
    ]);
  });

  it('scores each profile as 100 minus its breakdown, and the workspace as documented', () => {
    const scores = Object.fromEntries(report.profiles.map((p) => [p.id, p.score]));
    expect(scores).toEqual({ linkedin: 95, malt: 85, github: 96, x: 92, facebook: 95, viadeo: 95 });
    for (const p of report.profiles) {
      expect(p.score).toBe(100 - p.breakdown.reduce((s, b) => s + b.points, 0));
      expect(p.breakdown.reduce((s, b) => s + b.points, 0)).toBe(p.findings.reduce((s, f) => s + f.points, 0));
    }
    // Active professional profiles weigh 1, Malt (the freelancer's marketplace, her main profile) 3, the dormant
    // Viadeo ½ × ¼ (a declining network), the personal Facebook 0; its public wall costs the whole presence.
    expect(report.mainProfileId).toBe('malt');
    const weighted = [95, 85 * 3, 96, 92, 95 / 8];
    expect(report.base).toBeCloseTo(weighted.reduce((a, b) => a + b) / 6.125, 1);
    expect(report.breakdown).toEqual([{ code: 'wall-open', points: 5 }]);
    expect(report.score).toBe(Math.round(weighted.reduce((a, b) => a + b) / 6.125 - 5));
    expect(report.rated).toBe(true);
    expect(report.coverage.percent).toBe(100);
  });

  it('produces findings that satisfy the shared Finding schema, errors first', () => {
    for (const f of report.findings) expect(Finding.safeParse(f).success).toBe(true);
    const ranks = report.findings.map((f) => ['error', 'warning', 'info'].indexOf(f.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('a dismissed finding costs nothing, is listed apart, and comes back when restored', () => {
    const ws = freelancer();
    const target = report.findings.find((f) => f.key === 'missing-keywords:malt')!;
    const dismissed = dismissFinding(ws, target, ' Malt limite mon secteur ', '2025-03-02T10:00:00Z');
    expect(dismissed.dismissals).toEqual([{ key: 'missing-keywords:malt', code: 'missing-keywords', profileId: 'malt', reason: 'Malt limite mon secteur', at: '2025-03-02T10:00:00.000Z' }]);
    expect(Workspace.safeParse(dismissed).success).toBe(true);

    const after = auditWorkspace(dismissed, { now: NOW });
    expect(after.findings.map((f) => f.key)).not.toContain('missing-keywords:malt');
    expect(after.dismissed.map((f) => f.key)).toEqual(['missing-keywords:malt']);
    expect(after.profiles.find((p) => p.id === 'malt')?.score).toBe(90);

    const restored = restoreFinding(dismissed, 'missing-keywords:malt');
    expect(restored.dismissals).toEqual([]);
    expect(auditWorkspace(restored, { now: NOW }).score).toBe(report.score);
    expect(restoreFinding(restored, 'missing-keywords:malt')).toBe(restored);
  });

  it('merges extra findings (the plan’s) into the scores', () => {
    const plan = (profileId: string | null): Finding => ({
      key: `no-theme:${profileId ?? '-'}`, code: 'no-theme', severity: 'warning', profileId, network: null, field: 'theme',
      message: { fr: 'Pas de thème.', en: 'No theme.' }, why: { fr: '…', en: '…' }, fix: { fr: '…', en: '…' }, points: 4,
    });
    const withPlan = auditWorkspace(freelancer(), { now: NOW, extraFindings: [plan('linkedin'), plan(null)] });
    expect(withPlan.profiles.find((p) => p.id === 'linkedin')?.score).toBe(91);
    expect(withPlan.breakdown).toEqual([{ code: 'wall-open', points: 5 }, { code: 'no-theme', points: 4 }]);
    expect(withPlan.findings.filter((f) => f.code === 'no-theme')).toHaveLength(2);
  });

  it('re-audits one profile after an edit with the same result as a full audit', () => {
    const ws = freelancer();
    const edited: Workspace = {
      ...ws,
      profiles: ws.profiles.map((p) => (p.id === 'malt' ? { ...p, keywords: [...p.keywords, 'Node.js', 'Next.js', 'Accessibilité'] } : p)),
    };
    const incremental = auditProfile(edited, 'malt', { now: NOW, context: report.context });
    const full = auditWorkspace(edited, { now: NOW }).profiles.find((p) => p.id === 'malt');
    expect(incremental).toEqual(full);
    expect(incremental?.score).toBe(90);
    expect(auditProfile(edited, 'nope', { now: NOW })).toBeNull();
  });

  it('a refreshed context sees an edit that changes other profiles’ findings (a moved address)', () => {
    const ws = freelancer();
    const moved: Workspace = { ...ws, profiles: ws.profiles.map((p) => (p.id === 'github' ? { ...p, url: 'https://github.com/lea-moreau-2' } : p)) };
    const refreshed = auditWorkspace(moved, { now: NOW, context: report.context });
    const fresh = auditWorkspace(moved, { now: NOW });
    expect(refreshed.findings).toEqual(fresh.findings);
    expect(refreshed.findings.map((f) => f.key)).toContain('unknown-link-target:linkedin:github:leamoreau');
  });

  it('rejects an unreadable "now" with a clear message', () => {
    expect(() => auditWorkspace(freelancer(), { now: 'yesterday' })).toThrow(/"now" is not a valid date/);
  });

  it('scores an empty workspace 0: there is nothing to show yet', () => {
    expect(auditWorkspace(Workspace.parse({ id: 'e', name: 'E', createdAt: NOW, updatedAt: NOW }), { now: NOW }).score).toBe(0);
  });
});

describe('rule catalogue', () => {
  it('lists every rule once, with texts in both languages', () => {
    const codes = AUDIT_RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual(expect.arrayContaining([
      'missing-photo', 'missing-name', 'missing-headline', 'missing-summary', 'summary-too-short', 'summary-too-long',
      'headline-too-long', 'summary-looks-like-cv', 'missing-keywords', 'follow-disabled', 'wall-open', 'stale-profile',
      'legacy-network', 'invalid-url', 'url-handle-mismatch', 'missing-cross-link', 'one-way-link', 'orphan-profile',
      'pro-links-to-personal', 'unknown-link-target', 'name-inconsistent', 'headline-inconsistent', 'duplicate-summary',
      'suggest-network', 'too-many-dormant',
    ]));
    for (const r of AUDIT_RULES) {
      expect(r.why.fr && r.why.en && r.fix.fr && r.fix.en).toBeTruthy();
      if (r.severity === 'info') expect(r.points).toBe(0);
      else expect(r.points).toBeGreaterThan(0);
    }
  });
});
