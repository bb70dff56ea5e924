import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startOfWeek } from 'date-fns';
import { postingStats, statsByNetwork } from '../../../shared/domain/posts';
import { Post } from '../../../shared/schema/workspace';

const at = (iso: string) => Date.parse(iso);
const DAY = 86_400_000;

describe('postingStats', () => {
  it('handles no posts', () => {
    expect(postingStats([], { now: at('2025-01-01T00:00:00Z') })).toEqual({
      count: 0, first: null, last: null, medianGapDays: null, gapStdDevDays: null, longestGap: null,
      perWeekByYear: {}, postsPerWeekSeries: [], currentStreakWeeks: 0, longestStreakWeeks: 0,
    });
  });

  it('handles one post', () => {
    const s = postingStats([at('2025-03-05T10:00:00Z')], { now: at('2025-03-06T10:00:00Z') });
    expect(s).toMatchObject({ count: 1, first: '2025-03-05T10:00:00Z', last: '2025-03-05T10:00:00Z', medianGapDays: null, longestGap: null, perWeekByYear: { 2025: 1 } });
    expect(s.postsPerWeekSeries).toEqual([{ weekStart: '2025-03-03', count: 1 }]);
    expect([s.currentStreakWeeks, s.longestStreakWeeks]).toEqual([1, 1]);
  });

  it('handles two posts, given in any order', () => {
    const s = postingStats([at('2025-03-15T00:00:00Z'), at('2025-03-05T00:00:00Z')], { now: at('2025-03-15T00:00:00Z') });
    expect(s.medianGapDays).toBe(10);
    expect(s.gapStdDevDays).toBe(0);
    expect(s.longestGap).toEqual({ days: 10, start: '2025-03-05T00:00:00Z', end: '2025-03-15T00:00:00Z' });
    expect(s.postsPerWeekSeries.map((w) => w.count)).toEqual([1, 1]);
  });

  it('counts same-day posts as zero gaps', () => {
    const s = postingStats([at('2025-03-05T08:00:00Z'), at('2025-03-05T08:00:00Z'), at('2025-03-05T20:00:00Z'), at('2025-03-07T08:00:00Z')]);
    expect(s.count).toBe(4);
    expect(s.medianGapDays).toBe(0.5);
    expect(s.longestGap?.days).toBe(1.5);
  });

  it('measures the gap standard deviation', () => {
    const s = postingStats([0, 1, 3, 7].map((d) => at('2025-01-01T00:00:00Z') + d * DAY));
    // Gaps 1, 2, 4 days: mean 7/3, population variance 14/9.
    expect(s.medianGapDays).toBe(2);
    expect(s.gapStdDevDays).toBeCloseTo(Math.sqrt(14 / 9), 12);
  });

  it('splits gaps and weeks across a year boundary', () => {
    const s = postingStats([at('2024-12-30T09:00:00Z'), at('2025-01-02T09:00:00Z'), at('2025-01-09T09:00:00Z')], { now: at('2025-01-09T10:00:00Z') });
    expect(s.longestGap).toEqual({ days: 7, start: '2025-01-02T09:00:00Z', end: '2025-01-09T09:00:00Z' });
    // Monday 2024-12-30 starts the week holding both the 2024 and the first 2025 post.
    expect(s.postsPerWeekSeries).toEqual([{ weekStart: '2024-12-30', count: 2 }, { weekStart: '2025-01-06', count: 1 }]);
    // 2024 is observed for 2 days and 15 hours (< a week, so counted as one); 2025 for 8 days and 9 hours.
    expect(s.perWeekByYear[2024]).toBe(1);
    expect(s.perWeekByYear[2025]).toBeCloseTo(2 / ((8 * DAY + 9 * 3_600_000) / (7 * DAY)), 12);
    const sunday = postingStats([at('2024-12-29T09:00:00Z')], { weekStartsOn: 0, now: at('2024-12-29T09:00:00Z') });
    expect(sunday.postsPerWeekSeries[0]?.weekStart).toBe('2024-12-29');
  });

  it('reports years without posts as zero', () => {
    const s = postingStats([at('2020-06-01T00:00:00Z'), at('2022-06-01T00:00:00Z')]);
    expect(Object.keys(s.perWeekByYear)).toEqual(['2020', '2021', '2022']);
    expect(s.perWeekByYear[2021]).toBe(0);
  });

  describe('streaks', () => {
    // Mondays of 2025: weeks 0-3 posted, week 4 empty, weeks 5-6 posted (week 6 twice).
    const monday = (week: number, hour = 9) => at('2025-01-06T00:00:00Z') + week * 7 * DAY + hour * 3_600_000;
    const dates = [0, 1, 2, 3, 5, 6].map((w) => monday(w)).concat(monday(6, 15));

    it('counts weeks with at least one post by default', () => {
      const s = postingStats(dates, { now: monday(6, 20) });
      expect([s.currentStreakWeeks, s.longestStreakWeeks]).toEqual([2, 4]);
    });

    it('does not break the current streak during a week in progress', () => {
      expect(postingStats(dates, { now: monday(7) }).currentStreakWeeks).toBe(2);
      expect(postingStats(dates, { now: monday(8) }).currentStreakWeeks).toBe(0);
    });

    it('needs perWeek posts a week when perWeek > 1', () => {
      const s = postingStats(dates, { now: monday(6, 20), perWeek: 2 });
      expect([s.currentStreakWeeks, s.longestStreakWeeks]).toEqual([1, 1]);
    });

    it('accepts one post per window when perWeek < 1', () => {
      // Every other week is enough: the empty week 4 is bridged.
      const s = postingStats(dates, { now: monday(6, 20), perWeek: 0.5 });
      expect([s.currentStreakWeeks, s.longestStreakWeeks]).toEqual([7, 7]);
    });

    it('is zero when now is before the first post', () => {
      expect(postingStats(dates, { now: monday(-3) }).currentStreakWeeks).toBe(0);
    });
  });

  it('starts every series week on the day date-fns gives', () => {
    fc.assert(fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2030, 0, 1) }), fc.constantFrom<0 | 1>(0, 1), (t, weekStartsOn) => {
      const [week] = postingStats([t], { now: t, weekStartsOn }).postsPerWeekSeries;
      const d = new Date(t);
      // date-fns works in local time: give it the UTC calendar day as a local date.
      const expected = startOfWeek(new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()), { weekStartsOn });
      const iso = `${expected.getFullYear()}-${String(expected.getMonth() + 1).padStart(2, '0')}-${String(expected.getDate()).padStart(2, '0')}`;
      expect(week?.weekStart).toBe(iso);
    }));
  });

  it('ignores timestamps that are not dates', () => {
    const s = postingStats([NaN, Infinity, -1e20, at('2025-01-01T00:00:00Z')]);
    expect(s.count).toBe(1);
  });

  it('keeps its invariants on random histories', () => {
    const range = fc.integer({ min: Date.UTC(2010, 0, 1), max: Date.UTC(2026, 0, 1) });
    fc.assert(fc.property(fc.array(range, { maxLength: 300 }), (dates) => {
      const now = Date.UTC(2026, 0, 1);
      const s = postingStats(dates, { now });
      expect(s.count).toBe(dates.length);
      expect(s.postsPerWeekSeries.reduce((sum, w) => sum + w.count, 0)).toBe(dates.length);
      expect(s.longestStreakWeeks).toBeGreaterThanOrEqual(s.currentStreakWeeks);
      if (dates.length >= 2) {
        expect(s.longestGap!.days).toBeGreaterThanOrEqual(s.medianGapDays!);
        expect((Date.parse(s.last!) - Date.parse(s.first!)) / DAY).toBeGreaterThanOrEqual(s.longestGap!.days);
      }
    }));
  });
});

describe('statsByNetwork', () => {
  it('groups published posts by network and leaves plans out', () => {
    const post = (network: string, date: string, status: 'published' | 'idea') => Post.parse({ id: `${network}${date}`, network, date, status });
    const stats = statsByNetwork([
      post('linkedin', '2025-01-01T00:00:00Z', 'published'),
      post('linkedin', '2025-01-03T00:00:00Z', 'published'),
      post('linkedin', '2025-02-01T00:00:00Z', 'idea'),
      post('x', '2025-01-02T00:00:00Z', 'published'),
    ], { now: Date.UTC(2025, 0, 4) });
    expect(Object.keys(stats).sort()).toEqual(['linkedin', 'x']);
    expect(stats.linkedin?.count).toBe(2);
    expect(stats.linkedin?.medianGapDays).toBe(2);
    expect(stats.x?.count).toBe(1);
  });
});
