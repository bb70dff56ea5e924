import type { AuditReport } from './engine';
import { baseScore, breakdown, clampScore, profileScore } from './score';
import type { AuditFinding } from './types';

/** One fix of "Start here": a rule, wherever it fires, and what fixing it everywhere is worth. */
export interface StartHereFix {
  code: string;
  /** Workspace score points won by fixing every finding of this rule (the score's own arithmetic). */
  gain: number;
  /** The findings the fix clears, largest cost first. */
  findings: AuditFinding[];
}

/** The workspace score once every finding of `code` is gone. */
function scoreWithout(report: AuditReport, code: string): number {
  const profiles = report.profiles.map((p) => ({
    status: p.status,
    audience: p.audience,
    network: p.network,
    score: profileScore(breakdown(p.findings.filter((f) => f.code !== code))),
  }));
  const lost = report.breakdown.reduce((sum, b) => (b.code === code ? sum : sum + b.points), 0);
  return clampScore(baseScore(profiles, (id) => report.context.registry.get(id)) - lost);
}

/**
 * The fixes that gain the most points, across profiles: each rule that costs
 * points is tried away from the whole report and the score recomputed, so a
 * rule firing on three profiles is weighed once, with the status weights and
 * the 0–100 clamp the score itself uses. Ties go to the rule costing more
 * raw points, then to the code (stable order). Rules gaining nothing are left out.
 */
export function startHere(report: AuditReport, count = 3): StartHereFix[] {
  const byCode = new Map<string, AuditFinding[]>();
  for (const f of report.findings) if (f.points > 0) byCode.set(f.code, [...(byCode.get(f.code) ?? []), f]);
  const raw = (fs: readonly AuditFinding[]) => fs.reduce((s, f) => s + f.points, 0);
  const fixes: StartHereFix[] = [];
  for (const [code, findings] of byCode) {
    const gain = scoreWithout(report, code) - report.score;
    if (gain > 0) fixes.push({ code, gain, findings: [...findings].sort((a, b) => b.points - a.points) });
  }
  return fixes
    .sort((a, b) => b.gain - a.gain || raw(b.findings) - raw(a.findings) || a.code.localeCompare(b.code))
    .slice(0, count);
}

/** Findings by points lost, largest first; equal costs keep their order (errors first, as the engine gives them). */
export function byPointsLost(findings: readonly AuditFinding[]): AuditFinding[] {
  return [...findings].sort((a, b) => b.points - a.points);
}
