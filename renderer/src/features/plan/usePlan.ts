import { useMemo, useState } from 'react';
import { planStatus, type PlanStatus } from '../../../../shared/domain/plan/adherence';
import type { Workspace } from '../../../../shared/schema/workspace';
import { useLocale } from '../../i18n/useLocale';

/** "Now" for the plan: fixed when the screen opens, so derived data stays memoizable. */
export function usePlanNow(): Date {
  const [now] = useState(() => new Date());
  return now;
}

/** Slots and adherence for the local days from…to (YYYY-MM-DD), recomputed on every edit. */
export function usePlanStatus(ws: Workspace, from: string, to: string, now: Date): PlanStatus {
  const { weekStartsOn } = useLocale();
  return useMemo(() => planStatus(ws, { from, to }, now, { weekStartsOn }), [ws, from, to, now, weekStartsOn]);
}
