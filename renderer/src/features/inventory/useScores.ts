import { useEffect, useState } from 'react';
import { scoreProgress, type ScoreProgress } from '../../../../shared/domain/audit';
import { reviewWorkspace } from '../../../../shared/domain/review';
import type { Workspace } from '../../../../shared/schema/workspace';

export interface InventoryScores {
  /** Score per profile id; a profile with nothing checked has none yet. */
  profiles: ReadonlyMap<string, number>;
  /** The client's score (null: nothing checked yet), coverage and progress, as the audit header shows them. */
  client: { score: number | null; coverage: number; progress: ScoreProgress | null } | null;
}

const NONE: InventoryScores = { profiles: new Map(), client: null };

function scoresOf(ws: Workspace): InventoryScores {
  try {
    const now = new Date();
    const review = reviewWorkspace(ws, now);
    return {
      profiles: new Map(review.profiles.filter((p) => p.coverage.checked > 0).map((p) => [p.id, p.score])),
      client: {
        score: review.rated ? review.score : null,
        coverage: review.coverage.percent,
        progress: review.rated ? scoreProgress(ws.scoreHistory, now, review.score) : null,
      },
    };
  } catch {
    return NONE;
  }
}

/**
 * Each profile's score and the client's, from the same review as the audit screen (plan
 * warnings included) and the same progress function, so both show the same numbers.
 * Empty if the audit cannot run on this data. The review runs in the task after the
 * paint (a deferred render was not enough: the inventory's first render, after its lazy
 * chunk, is itself a background render, so React ran the review before showing anything):
 * an opened client shows at once, its scores a moment later; after an edit the previous
 * scores stay up for that moment.
 */
export function useScores(current: Workspace): InventoryScores {
  const [done, setDone] = useState<{ ws: Workspace; scores: InventoryScores } | null>(null);
  useEffect(() => {
    const id = setTimeout(() => setDone({ ws: current, scores: scoresOf(current) }), 0);
    return () => clearTimeout(id);
  }, [current]);
  return done !== null && done.ws.id === current.id ? done.scores : NONE;
}
