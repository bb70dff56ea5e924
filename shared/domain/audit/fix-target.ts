import type { Finding } from '../../schema/finding';
import { PLAN_RULES } from '../plan/plan-rules';

/** Codes of the posting plan's findings (theme, rhythm): their fix is in the plan, not the profile. */
const PLAN_CODES: ReadonlySet<string> = new Set(Object.values(PLAN_RULES).map((r) => r.code));

/**
 * Where "Fix it" leads: the plan for theme and rhythm findings, the profile
 * editor on the field for profile facts; nowhere for workspace-level findings.
 */
export function fixTarget(finding: Pick<Finding, 'code' | 'field' | 'profileId'>): 'plan' | 'editor' | null {
  if (finding.profileId === null) return null;
  return finding.field === 'theme' || finding.field === 'cadence' || PLAN_CODES.has(finding.code) ? 'plan' : 'editor';
}
