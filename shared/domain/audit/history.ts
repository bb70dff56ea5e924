import type { Workspace } from '../../schema/workspace';
import { type Now, toDate } from './dates';
import { clampScore } from './score';

/** About two years of daily points: enough for a trend, small enough to store. */
export const SCORE_HISTORY_MAX = 730;

/**
 * The workspace with `score` (and, when given, the audit's error count) recorded
 * at `now`: one point per UTC day (a new score the same day replaces the earlier
 * one), oldest points dropped past the cap.
 */
export function recordScore(ws: Workspace, score: number, now: Now, errors?: number): Workspace {
  const at = toDate(now).toISOString();
  const day = at.slice(0, 10);
  const kept = ws.scoreHistory.filter((p) => toDate(p.at).toISOString().slice(0, 10) !== day);
  const point = errors === undefined ? { at, score: clampScore(score) } : { at, score: clampScore(score), errors };
  const history = [...kept, point].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return { ...ws, scoreHistory: history.slice(-SCORE_HISTORY_MAX) };
}
