import { auditWorkspace, type AuditContext, type AuditReport } from './audit';
import { planFindings } from './plan/warnings';
import type { Workspace } from '../schema/workspace';

/**
 * The whole review of a workspace: the audit rules plus the plan's regularity
 * warnings, scored together. The UI, the CLI, the report and the score
 * history all go through here, so they always agree.
 */
export function reviewWorkspace(ws: Workspace, now: Date, opts: { weekStartsOn?: 0 | 1; context?: AuditContext } = {}): AuditReport {
  return auditWorkspace(ws, { now, extraFindings: planFindings(ws, now, { weekStartsOn: opts.weekStartsOn }), context: opts.context });
}
