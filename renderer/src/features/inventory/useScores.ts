import { useDeferredValue, useMemo } from 'react';
import { auditWorkspace } from '../../../../shared/domain/audit';
import type { Workspace } from '../../../../shared/schema/workspace';

const NONE: ReadonlyMap<string, number> = new Map();

/**
 * Each profile's audit score; empty if the audit cannot run on this data.
 * The audit runs in a deferred render: an opened client shows at once, its scores a moment later.
 */
export function useScores(current: Workspace): ReadonlyMap<string, number> {
  const ws = useDeferredValue<Workspace | null>(current, null);
  return useMemo(() => {
    if (ws === null) return NONE;
    try {
      return new Map(auditWorkspace(ws, { now: new Date() }).profiles.map((p) => [p.id, p.score]));
    } catch {
      return NONE;
    }
  }, [ws]);
}
