// A French user in Montréal (UTC−4 in March): 23:30 there is already the next day in UTC.
process.env.TZ = 'America/Montreal';

import { describe, expect, it } from 'vitest';
import { summarize } from '../../../electron/services/summaries';
import { recordScore, scoreProgress } from '../../../shared/domain/audit/history';
import { localDay } from '../../../shared/domain/dates/local-date';
import { renderReport } from '../../../shared/domain/report';
import { reviewWorkspace } from '../../../shared/domain/review';
import type { Workspace } from '../../../shared/schema/workspace';
import { clientWorkspace } from '../../fixtures/report/client';

/** 23:30 on 11 March 2025 in Montréal: 03:30 on 12 March in UTC. */
const LATE = new Date('2025-03-12T03:30:00Z');

const report = (ws: Workspace, now: Date) => renderReport(ws, { lang: 'en', now, consultant: null, weekStartsOn: 1 });

describe('days are the user\'s local days, on every screen (23:30 in Montréal)', () => {
  it('runs in a zone where the local day and the UTC day differ', () => {
    expect(new Date(2025, 2, 11, 23, 30).toISOString()).toBe(LATE.toISOString());
    expect(localDay(LATE)).toBe('2025-03-11');
    expect(LATE.toISOString().slice(0, 10)).toBe('2025-03-12');
  });

  it('the progress figure compares with the same earlier day on the audit screen, the clients list and the report', () => {
    // Recorded at 10:00 on the 11th (local), the same local day as LATE; the 10th is the earlier day.
    const ws: Workspace = { ...clientWorkspace(), scoreHistory: [{ at: '2025-03-10T14:00:00Z', score: 50 }, { at: '2025-03-11T14:00:00Z', score: 61 }] };
    const live = reviewWorkspace(ws, LATE).score;
    const audit = scoreProgress(ws.scoreHistory, LATE, live); // audit header
    expect(audit?.previous).toEqual({ score: 50, at: '2025-03-10T14:00:00Z' });

    // The clients list and the consultant view read the stored history, with today's point saved.
    const saved = recordScore(ws, live, LATE);
    // The point of 10:00 today is replaced by the later one of the same local day, not kept as "yesterday".
    expect(saved.scoreHistory.map((p) => p.score)).toEqual([50, live]);
    expect(summarize(saved, LATE).previousScore).toBe(50);

    const progress = /<span class="prev">(\d+)<\/span>.*?<span class="cur">(\d+)<\/span>/s.exec(report(ws, LATE));
    expect(progress?.slice(1).map(Number)).toEqual([50, live]);
  });

  it('a post at 23:30 counts on that local day in the report\'s heatmap, as in the plan screen\'s', () => {
    const base = clientWorkspace();
    const ws: Workspace = {
      ...base,
      posts: [{ ...base.posts[0]!, id: 'late', network: 'linkedin', profileId: 'li', status: 'published', date: '2025-03-11T03:30:00.000Z' }],
    };
    // Noon on the 11th, local: the post was published late on the 10th.
    const now = new Date(2025, 2, 11, 12, 0);
    const html = report(ws, now);
    const svg = /<svg class="heatmap"[^]*?<\/svg>/.exec(html)?.[0] ?? '';
    const fills = [...svg.matchAll(/<rect [^>]*fill="(#[0-9a-f]+)"/g)].map((m) => m[1]);
    // The last cell is today (the 11th), the one before it the 10th.
    expect(fills.at(-1)).toBe('#e8ecf1');
    expect(fills.at(-2)).not.toBe('#e8ecf1');
    expect(fills.filter((f) => f !== '#e8ecf1')).toHaveLength(1);
  });
});
