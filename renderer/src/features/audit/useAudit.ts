import { useMemo, useState } from 'react';
import type { AuditReport } from '../../../../shared/domain/audit';
import { profileLabel } from '../../../../shared/domain/audit/labels';
import { networkForWorkspace, type NetworkRegistry } from '../../../../shared/domain/networks/registry';
import { reviewWorkspace } from '../../../../shared/domain/review';
import type { Workspace } from '../../../../shared/schema/workspace';
import { useLocale } from '../../i18n/useLocale';

export interface AuditView {
  report: AuditReport;
  registry: NetworkRegistry;
  /** Profile id → "LinkedIn — jeanne-dupont". */
  labels: ReadonlyMap<string, string>;
  now: Date;
}

/**
 * The audit of the open workspace, plan warnings included, recomputed on every
 * edit (the workspace is an immutable value, so memoizing on it is exact).
 * Same review and week start as the score the main process stores on save, so
 * the screen, the client list and the history agree.
 */
export function useAudit(ws: Workspace): AuditView {
  const [now] = useState(() => new Date());
  const { lang } = useLocale();
  const registry = networkForWorkspace(ws);
  const report = useMemo(() => reviewWorkspace(ws, now), [ws, now]);
  const labels = useMemo(() => new Map(ws.profiles.map((p) => [p.id, profileLabel(p, registry, lang)])), [ws.profiles, registry, lang]);
  return { report, registry, labels, now };
}
