import { useEffect, useMemo, useState } from 'react';
import { recordScore, type AuditReport } from '../../../../shared/domain/audit';
import { profileLabel } from '../../../../shared/domain/audit/labels';
import { networkForWorkspace, type NetworkRegistry } from '../../../../shared/domain/networks/registry';
import { reviewWorkspace } from '../../../../shared/domain/review';
import type { Workspace } from '../../../../shared/schema/workspace';
import { useLibrary } from '../../app/library';

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
  const registry = networkForWorkspace(ws);
  const report = useMemo(() => reviewWorkspace(ws, now), [ws, now]);
  const labels = useMemo(() => new Map(ws.profiles.map((p) => [p.id, profileLabel(p, registry)])), [ws.profiles, registry]);
  return { report, registry, labels, now };
}

const utcDay = (iso: string) => new Date(iso).toISOString().slice(0, 10);

/**
 * Keeps one score point per day in the workspace's history. It writes only
 * when today's point is missing or differs, so the edit it makes (which
 * re-renders with the same score) cannot loop.
 */
export function useRecordScore(ws: Workspace, score: number): void {
  const { editWorkspace, info } = useLibrary();
  const last = ws.scoreHistory[ws.scoreHistory.length - 1];
  const hasProfiles = ws.profiles.length > 0;
  const lastDay = last ? utcDay(last.at) : null;
  const lastScore = last?.score ?? null;
  useEffect(() => {
    if (!hasProfiles || info.readOnly) return;
    const now = new Date();
    if (lastDay === utcDay(now.toISOString()) && lastScore === score) return;
    editWorkspace((w) => recordScore(w, score, now));
  }, [score, lastDay, lastScore, hasProfiles, info.readOnly, editWorkspace]);
}
