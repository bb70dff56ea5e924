import { describe, expect, it } from 'vitest';
import { recordScore, SCORE_HISTORY_MAX } from '../../../shared/domain/audit/history';
import { baseScore, breakdown, profileScore } from '../../../shared/domain/audit/score';
import type { AuditFinding } from '../../../shared/domain/audit/types';
import { workspace } from '../../fixtures/audit/build';

const finding = (code: string, points: number) => ({ code, points }) as AuditFinding;

describe('scores', () => {
  it('sums points per code, largest first, and clamps the profile score at 0', () => {
    const lost = breakdown([finding('missing-photo', 15), finding('missing-cross-link', 3), finding('missing-cross-link', 3), finding('stale-profile', 0)]);
    expect(lost).toEqual([{ code: 'missing-photo', points: 15 }, { code: 'missing-cross-link', points: 6 }]);
    expect(profileScore(lost)).toBe(79);
    expect(profileScore([{ code: 'a', points: 80 }, { code: 'b', points: 70 }])).toBe(0);
  });

  it('weighs profiles by status and audience', () => {
    expect(baseScore([
      { status: 'active', audience: 'professional', score: 80 },
      { status: 'dormant', audience: 'professional', score: 20 },
      { status: 'to-create', audience: 'professional', score: 0 },
      { status: 'active', audience: 'personal', score: 0 },
    ])).toBeCloseTo((80 + 10) / 1.5);
    expect(baseScore([])).toBe(0);
  });
});

describe('score history', () => {
  it('keeps one point per day, the latest of the day', () => {
    let ws = recordScore(workspace(), 60, '2025-03-01T08:00:00Z');
    ws = recordScore(ws, 64, '2025-03-01T18:00:00Z');
    ws = recordScore(ws, 70, '2025-03-02T09:00:00+02:00');
    expect(ws.scoreHistory).toEqual([
      { at: '2025-03-01T18:00:00.000Z', score: 64 },
      { at: '2025-03-02T07:00:00.000Z', score: 70 },
    ]);
  });

  it('rounds and clamps the score, and caps the history length', () => {
    const start = Date.parse('2020-01-01T12:00:00Z');
    const scoreHistory = Array.from({ length: SCORE_HISTORY_MAX }, (_, i) => ({ at: new Date(start + i * 86_400_000).toISOString(), score: 50 }));
    const ws = recordScore(workspace({ scoreHistory }), 120.4, '2030-01-01T00:00:00Z');
    expect(ws.scoreHistory).toHaveLength(SCORE_HISTORY_MAX);
    expect(ws.scoreHistory.at(-1)).toEqual({ at: '2030-01-01T00:00:00.000Z', score: 100 });
    expect(ws.scoreHistory[0]?.at).toBe(scoreHistory[1]?.at);
  });
});
