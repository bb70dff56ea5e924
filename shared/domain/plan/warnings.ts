/**
 * The posting plan's findings, in the audit's Finding shape so the audit
 * engine merges and scores them with its own (AuditOptions.extraFindings).
 * Rules and thresholds: plan-rules.ts, rules-regularity.ts, rules-theme.ts.
 */
import type { Finding } from '../../schema/finding';
import type { Workspace } from '../../schema/workspace';
import { createPlanCheck } from './plan-check';
import { burstFindings, dormantFindings, overPostingFindings, promoRatioFindings, repetitiveFindings } from './rules-regularity';
import { duplicateThemeFindings, noThemeFindings, offThemeFindings, sameContentFindings } from './rules-theme';

export { PLAN_RULES, type PlanRule } from './plan-rules';

const RULES = [
  dormantFindings, overPostingFindings, burstFindings, sameContentFindings, repetitiveFindings, promoRatioFindings,
  noThemeFindings, duplicateThemeFindings, offThemeFindings,
];

/** Every plan finding for the workspace at `now`. Weeks start on Monday unless told otherwise. */
export function planFindings(ws: Workspace, now: Date, opts: { weekStartsOn?: 0 | 1 } = {}): Finding[] {
  if (Number.isNaN(now.getTime())) return [];
  const check = createPlanCheck(ws, now, opts.weekStartsOn ?? 1);
  return RULES.flatMap((rule) => rule(check));
}
