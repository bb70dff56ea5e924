import { useMemo } from 'react';
import { reviewWorkspace } from '../../../../shared/domain/review';
import type { Workspace } from '../../../../shared/schema/workspace';

/**
 * Each profile's score from the same review as the audit screen (plan
 * warnings included), so both show the same number. A profile with nothing
 * checked has no score yet; empty if the audit cannot run on this data.
 */
export function useScores(ws: Workspace): ReadonlyMap<string, number> {
  return useMemo(() => {
    try {
      return new Map(reviewWorkspace(ws, new Date()).profiles.filter((p) => p.coverage.checked > 0).map((p) => [p.id, p.score]));
    } catch {
      return new Map<string, number>();
    }
  }, [ws]);
}
