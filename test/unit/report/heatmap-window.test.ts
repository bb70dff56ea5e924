import { describe, expect, it } from 'vitest';
import { countShown } from '../../../renderer/src/charts/Heatmap';
import { localDay } from '../../../shared/domain/dates/local-date';
import { formatDay, heatmapFirstDay, parseDay } from '../../../shared/domain/plan/calendar';
import { renderReport, REPORT_TEXT } from '../../../shared/domain/report';
import type { Post } from '../../../shared/schema/workspace';
import { clientWorkspace, NOW } from '../../fixtures/report/client';

/** A published LinkedIn post at noon, local time, `back` days before NOW. */
function postDaysBack(back: number, i: number): Post {
  const d = new Date(NOW.getFullYear(), NOW.getMonth(), NOW.getDate() - back, 12);
  return { id: `h${i}`, network: 'linkedin', date: d.toISOString(), status: 'published', text: `post ${i}`, tags: [] } as unknown as Post;
}

describe('the posting heatmap window', () => {
  it('is the same days on the plan screen and in the report: 52 weeks up to this week, counted alike', () => {
    const endDay = parseDay(localDay(NOW))!;
    for (const weekStartsOn of [0, 1] as const) {
      const first = heatmapFirstDay(endDay, weekStartsOn);
      const span = endDay - first + 1;
      // From 52 weeks (364 days) to 52 weeks and 6 days, starting on the week's first day.
      expect(span).toBeGreaterThanOrEqual(364);
      expect(span).toBeLessThanOrEqual(370);
      expect(new Date(first * 86_400_000).getUTCDay()).toBe(weekStartsOn);
    }

    const first = heatmapFirstDay(endDay, 1);
    const backToFirst = endDay - first;
    // Inside: today, 10 days ago, the window's first day. Outside: the day before it, and 400 days ago.
    const backs = [0, 10, backToFirst, backToFirst + 1, 400];
    const ws = clientWorkspace();
    ws.posts = [...ws.posts.filter((p) => p.network !== 'linkedin'), ...backs.map(postDaysBack)];
    const counts = new Map<string, number>();
    for (const p of ws.posts.filter((p) => p.network === 'linkedin')) counts.set(localDay(new Date(p.date)), (counts.get(localDay(new Date(p.date))) ?? 0) + 1);
    expect(countShown(counts, NOW, 1)).toBe(3);
    expect(formatDay(first)).toBe(localDay(new Date(ws.posts.at(-3)!.date)));

    const t = REPORT_TEXT.en;
    const html = renderReport(ws, { lang: 'en', now: NOW, consultant: null, weekStartsOn: 1 });
    expect(html).toContain(t.regularityAlt('LinkedIn', 3));
  });
});
