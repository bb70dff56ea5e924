import { useDeferredValue, useMemo } from 'react';
import { reviewWorkspace } from '../../../../shared/domain/review';
import type { Workspace } from '../../../../shared/schema/workspace';

const NONE: ReadonlyMap<string, number> = new Map();

/**
 * Each profile's score from the same review as the audit screen (plan
 * warnings included), so both show the same number. A profile with nothing
 * checked has no score yet; empty if the audit cannot run on this data.
 * The audit runs in a deferred render: an opened client shows at once, its scores a moment later.
 */
export function useScores(current: Workspace): ReadonlyMap<string, number> {
  const ws = useDeferredValue<Workspace | null>(current, null);
  return useMemo(() => {
    if (ws === null) return NONE;
    try {
      return new Map(reviewWorkspace(ws, new Date()).profiles.filter((p) => p.coverage.checked > 0).map((p) => [p.id, p.score]));
    } catch {
      return NONE;
    }
  }, [ws]);
}
