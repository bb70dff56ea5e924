import type { Workspace } from '../../schema/workspace';
import { type Now, toDate } from './dates';
import { clampScore } from './score';
import { localDay } from '../dates/local-date';

/** About two years of daily points: enough for a trend, small enough to store. */
export const SCORE_HISTORY_MAX = 730;

/**
 * The workspace with `score` (and, when given, the audit's error count) recorded
 * at `now`: one point per local day (a new score the same day replaces the earlier
 * one), oldest points dropped past the cap.
 */
export function recordScore(ws: Workspace, score: number, now: Now, errors?: number): Workspace {
  const at = toDate(now).toISOString();
  const day = localDay(toDate(now));
  const kept = ws.scoreHistory.filter((p) => localDay(toDate(p.at)) !== day);
  const point = errors === undefined ? { at, score: clampScore(score) } : { at, score: clampScore(score), errors };
  const history = [...kept, point].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return { ...ws, scoreHistory: history.slice(-SCORE_HISTORY_MAX) };
}

export interface ScoreProgress {
  /** The score `now`: today's live one when given, else the latest recorded. */
  score: number;
  /** The last score recorded on an earlier day, if any. */
  previous: { score: number; at: string } | null;
  /** score − previous (0 without a previous day). */
  delta: number;
}

/**
 * The one progress figure every screen shows (audit header, client list,
 * consultant view, report): today's score against the last one recorded on
 * an earlier day (the user's local days, `localDay`). `current` is the live score; without it, the latest point.
 */
export function scoreProgress(history: Workspace['scoreHistory'], now: Now, current?: number): ScoreProgress | null {
  const today = localDay(toDate(now));
  const dayOf = (at: string) => localDay(toDate(at));
  const past = history.filter((p) => dayOf(p.at) < today);
  const todays = history.filter((p) => dayOf(p.at) === today).at(-1);
  const score = current ?? todays?.score ?? past.at(-1)?.score;
  if (score === undefined) return null;
  const before = current === undefined && todays === undefined ? past.slice(0, -1) : past;
  const previous = before.at(-1) ?? null;
  return { score, previous: previous && { score: previous.score, at: previous.at }, delta: previous ? score - previous.score : 0 };
}
