import type { Finding } from '../../schema/finding';
import type { Dismissal, Workspace } from '../../schema/workspace';
import { type Now, toDate } from './dates';

/** Longest reason the workspace schema keeps. */
const REASON_MAX = 500;

/**
 * The workspace with this finding dismissed (by its stable key, so the dismissal
 * survives re-audits). Dismissing again updates the reason and the date.
 */
export function dismissFinding(ws: Workspace, finding: Pick<Finding, 'key' | 'code' | 'profileId'>, reason: string, now: Now): Workspace {
  const dismissal: Dismissal = {
    key: finding.key,
    code: finding.code,
    profileId: finding.profileId,
    reason: reason.trim().slice(0, REASON_MAX),
    at: toDate(now).toISOString(),
  };
  return { ...ws, dismissals: [...ws.dismissals.filter((d) => d.key !== finding.key), dismissal] };
}

/** The workspace with the dismissal of `key` undone (unchanged if there was none). */
export function restoreFinding(ws: Workspace, key: string): Workspace {
  return ws.dismissals.some((d) => d.key === key) ? { ...ws, dismissals: ws.dismissals.filter((d) => d.key !== key) } : ws;
}
