import { useMemo } from 'react';
import { auditWorkspace } from '../../../../shared/domain/audit';
import type { Workspace } from '../../../../shared/schema/workspace';

/** Each profile's audit score; empty if the audit cannot run on this data. */
export function useScores(ws: Workspace): ReadonlyMap<string, number> {
  return useMemo(() => {
    try {
      return new Map(auditWorkspace(ws, { now: new Date() }).profiles.map((p) => [p.id, p.score]));
    } catch {
      return new Map<string, number>();
    }
  }, [ws]);
}
