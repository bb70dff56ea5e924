import { readFileSync } from 'node:fs';
import path from 'node:path';
import { differenceInCalendarDays, getDay, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { planStatus } from '../../../shared/domain/plan/adherence';
import { demoAsOf } from '../../../shared/domain/workspace/demo-dates';
import { parseWorkspaceFile } from '../../../shared/domain/workspace/file';
import type { Workspace } from '../../../shared/schema/workspace';

const parsed = parseWorkspaceFile(readFileSync(path.resolve(__dirname, '../../../examples/demo.vitrine.json'), 'utf8'));
if (!parsed.ok) throw new Error('the demo does not parse');
const demo = parsed.workspace;

const newestPublished = (ws: Workspace) => Math.max(...ws.posts.filter((p) => p.status === 'published').map((p) => Date.parse(p.date)));
const DAY = 86_400_000;

describe('the demo dated relative to the day it is opened', () => {
  // Far from the file's own dates on both sides, and on different weekdays.
  for (const now of ['2031-06-18T10:00:00Z', '2027-02-01T07:30:00Z', '2026-11-13T12:00:00Z', '2024-01-07T23:00:00Z']) {
    it(`puts the newest published post in the week before ${now}, moving every date by whole weeks`, () => {
      const at = new Date(now);
      const shifted = demoAsOf(demo, at);
      const newest = newestPublished(shifted);
      expect(newest).toBeLessThan(at.getTime());
      expect(newest).toBeGreaterThanOrEqual(at.getTime() - 7 * DAY);

      const shift = differenceInCalendarDays(parseISO(shifted.createdAt), parseISO(demo.createdAt));
      expect(Math.abs(shift % 7)).toBe(0);
      shifted.posts.forEach((p, i) => {
        const before = demo.posts[i]!;
        expect(differenceInCalendarDays(parseISO(p.date), parseISO(before.date))).toBe(shift);
        // Same wall-clock time and offset, same weekday: the cadence's Thursdays stay Thursdays.
        expect(p.date.slice(10)).toBe(before.date.slice(10));
        expect(getDay(parseISO(p.date.slice(0, 10)))).toBe(getDay(parseISO(before.date.slice(0, 10))));
        expect(p.text).toBe(before.text);
      });
      shifted.profiles.forEach((p, i) => {
        const before = demo.profiles[i]!;
        expect(p.summary).toBe(before.summary);
        if (p.cadence && before.cadence) {
          expect(differenceInCalendarDays(parseISO(p.cadence.startDate), parseISO(before.cadence.startDate))).toBe(shift);
          expect(p.cadence.pauses.map((x) => differenceInCalendarDays(parseISO(x.start), parseISO(before.cadence!.pauses[0]!.start)))).toEqual(before.cadence.pauses.map(() => shift));
        }
        if (p.lastReviewed && before.lastReviewed) expect(differenceInCalendarDays(parseISO(p.lastReviewed), parseISO(before.lastReviewed))).toBe(shift);
      });
      shifted.scoreHistory.forEach((point, i) => expect(differenceInCalendarDays(parseISO(point.at), parseISO(demo.scoreHistory[i]!.at))).toBe(shift));
    });

    it(`tells a plan mostly kept, with a few misses, over the 12 weeks before ${now}`, () => {
      const at = new Date(now);
      const shifted = demoAsOf(demo, at);
      const to = at.toISOString().slice(0, 10);
      const from = new Date(at.getTime() - 84 * DAY).toISOString().slice(0, 10);
      const status = planStatus(shifted, { from, to }, at, { weekStartsOn: 1 });
      const missed = status.slots.filter((s) => s.state === 'missed').length;
      const done = status.slots.filter((s) => s.state === 'done').length;
      expect(done).toBeGreaterThanOrEqual(3 * missed);
      expect(missed).toBeGreaterThanOrEqual(1);
      expect(missed).toBeLessThanOrEqual(6);
      // What is still to write (the draft and the idea) lies ahead.
      for (const p of shifted.posts.filter((q) => q.status !== 'published')) expect(Date.parse(p.date)).toBeGreaterThan(at.getTime());
    });
  }

  it('leaves a workspace without published posts as it is', () => {
    const quiet = { ...demo, posts: demo.posts.filter((p) => p.status !== 'published') };
    expect(demoAsOf(quiet, new Date('2030-01-01T00:00:00Z'))).toBe(quiet);
  });
});
