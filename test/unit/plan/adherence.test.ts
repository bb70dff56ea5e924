import { describe, expect, it } from 'vitest';
import { markSlotDone, planStatus, rescheduleSlot, skipSlot } from '../../../shared/domain/plan/adherence';
import type { Slot } from '../../../shared/domain/plan/slots';
import { Workspace, type Post } from '../../../shared/schema/workspace';

type PostInput = Partial<Post> & Pick<Post, 'id' | 'date'>;
import { counterIds, profileWith, workspaceWith } from './helpers';

const MON = { weekStartsOn: 1 } as const;
// Mon/Wed/Fri at 09:00 Paris (08:00Z in January), two weeks.
const li = profileWith({ count: 3, weekdays: [1, 3, 5], timeWindows: [{ start: '09:00', end: '10:00' }] }, { theme: { title: 'Pharmacie clinique', keywords: ['pharmacie'] } });
const range = { from: '2024-01-01', to: '2024-01-14' };
const now = new Date('2024-01-10T12:00:00Z'); // Wednesday of week 2, after its slot

function ws(posts: PostInput[] = []): Workspace {
  return workspaceWith({ profiles: [li], posts: posts.map((p) => ({ network: 'linkedin', profileId: 'p-li', ...p })) });
}
const states = (w: Workspace): string[] => planStatus(w, range, now, MON).slots.map((s) => `${s.localDate} ${s.state}`);

describe('planStatus', () => {
  it('marks past slots missed and future ones upcoming', () => {
    expect(states(ws())).toEqual([
      '2024-01-01 missed', '2024-01-03 missed', '2024-01-05 missed',
      '2024-01-08 missed', '2024-01-10 missed', '2024-01-12 upcoming',
    ]);
    const status = planStatus(ws(), range, now, MON);
    expect(status.overall).toEqual({ done: 0, due: 5, pct: 0 });
  });

  it('counts a published post for its slot key, else for the nearest open slot of the same week', () => {
    // Oldest first: e takes Wed 3rd (nearest open), b then takes Fri 5th, c finds week 1 full.
    const w = ws([
      { id: 'a', date: '2024-01-05T08:00:00Z', status: 'published', slotKey: 'p-li:2024-01-01:0' },
      { id: 'b', date: '2024-01-04T09:00:00Z', status: 'published' },
      { id: 'c', date: '2024-01-07T20:00:00Z', status: 'published' },
      { id: 'd', date: '2024-01-08T20:00:00Z', status: 'published' },
      { id: 'e', date: '2024-01-02T10:00:00Z', status: 'published' },
    ]);
    const status = planStatus(w, range, now, MON);
    expect(status.slots.map((s) => `${s.localDate} ${s.state} ${s.postId ?? '-'}`)).toEqual([
      '2024-01-01 done a', '2024-01-03 done e', '2024-01-05 done b', '2024-01-08 done d', '2024-01-10 missed -', '2024-01-12 upcoming -',
    ]);
    expect(status.byProfile['p-li']).toEqual({ done: 4, due: 5, pct: 80 });
    expect(status.weekly).toEqual([
      { weekStart: '2024-01-01', done: 3, due: 3, pct: 100 },
      { weekStart: '2024-01-08', done: 1, due: 2, pct: 50 },
    ]);
  });

  it('shows skipped and rescheduled slots and leaves them out of adherence until due', () => {
    const w = ws([
      { id: 's', date: '2024-01-01T08:00:00Z', status: 'skipped', slotKey: 'p-li:2024-01-01:0' },
      { id: 'r', date: '2024-01-13T08:00:00Z', status: 'draft', slotKey: 'p-li:2024-01-03:0' },
      { id: 'r2', date: '2024-01-06T08:00:00Z', status: 'draft', slotKey: 'p-li:2024-01-05:0' },
    ]);
    const status = planStatus(w, range, now, MON);
    expect(status.slots.slice(0, 3).map((s) => [s.state, s.postId, s.rescheduledTo])).toEqual([
      ['skipped', 's', undefined], ['rescheduled', 'r', '2024-01-13T08:00:00.000Z'], ['rescheduled', 'r2', '2024-01-06T08:00:00.000Z'],
    ]);
    // Due: r2 (its new time passed, not published) + Jan 8 + Jan 10.
    expect(status.overall).toEqual({ done: 0, due: 3, pct: 0 });
  });

  it('matches a post without profile id to the only planned profile of its network', () => {
    const w = workspaceWith({ profiles: [li], posts: [{ id: 'x', network: 'linkedin', date: '2024-01-01T09:00:00Z', status: 'published' }] });
    expect(planStatus(w, range, now, MON).slots[0]?.state).toBe('done');
  });

  it('uses the cadence zone for the week a post falls in', () => {
    // 22:30Z on Sunday is still Sunday in Paris (week 1); 23:30Z is already Monday (week 2).
    const w = ws([{ id: 'late', date: '2024-01-07T22:30:00Z', status: 'published' }, { id: 'next', date: '2024-01-07T23:30:00Z', status: 'published' }]);
    const s = planStatus(w, range, now, MON).slots;
    expect(s.find((x) => x.postId === 'late')?.localDate).toBe('2024-01-05');
    expect(s.find((x) => x.postId === 'next')?.localDate).toBe('2024-01-08');
  });
});

describe('markSlotDone / rescheduleSlot / skipSlot', () => {
  const slotOf = (w: Workspace, date: string): Slot => {
    const s = planStatus(w, range, now, MON).slots.find((x) => x.localDate === date);
    if (!s) throw new Error(date);
    return s;
  };

  it('markSlotDone adds a published post with the slot key, dated at the slot (or now if ahead)', () => {
    const base = ws();
    const done = markSlotDone(base, slotOf(base, '2024-01-08'), now, counterIds('post'));
    expect(base.posts).toHaveLength(0);
    expect(done.posts).toEqual([expect.objectContaining({
      id: 'post-1', status: 'published', slotKey: 'p-li:2024-01-08:0', date: '2024-01-08T08:00:00.000Z', theme: 'Pharmacie clinique', profileId: 'p-li',
    })]);
    expect(() => Workspace.parse(done)).not.toThrow();
    expect(planStatus(done, range, now, MON).slots.find((s) => s.localDate === '2024-01-08')?.state).toBe('done');
    const early = markSlotDone(base, slotOf(base, '2024-01-12'), now, counterIds());
    expect(early.posts[0]?.date).toBe(now.toISOString());
    expect(markSlotDone(done, slotOf(base, '2024-01-08'), now, counterIds())).toBe(done);
  });

  it('rescheduleSlot adds a draft carrying the key; marking it done publishes that draft', () => {
    const base = ws();
    const slot = slotOf(base, '2024-01-10');
    const moved = rescheduleSlot(base, slot, '2024-01-11T10:00:00+01:00', counterIds('r'));
    if (!moved.ok) throw new Error(moved.error.en);
    expect(moved.workspace.posts).toEqual([expect.objectContaining({ id: 'r-1', status: 'draft', slotKey: slot.key, date: '2024-01-11T09:00:00.000Z' })]);
    const st = planStatus(moved.workspace, range, now, MON).slots.find((s) => s.key === slot.key);
    expect(st).toMatchObject({ state: 'rescheduled', rescheduledTo: '2024-01-11T09:00:00.000Z' });
    // Moving again updates the same draft.
    const again = rescheduleSlot(moved.workspace, slot, '2024-01-12T15:00:00Z', counterIds('z'));
    expect(again.ok && again.workspace.posts.map((p) => `${p.id} ${p.date}`)).toEqual(['r-1 2024-01-12T15:00:00.000Z']);
    const done = markSlotDone(moved.workspace, slot, new Date('2024-01-12T00:00:00Z'), counterIds('n'));
    expect(done.posts).toEqual([expect.objectContaining({ id: 'r-1', status: 'published', date: '2024-01-11T09:00:00.000Z' })]);
  });

  it('rescheduleSlot refuses a bad date and an already published slot, with a clear message', () => {
    const base = ws();
    const slot = slotOf(base, '2024-01-10');
    const bad = rescheduleSlot(base, slot, '11/01/2024', counterIds());
    expect(bad).toEqual({ ok: false, error: expect.objectContaining({ en: expect.stringContaining('Invalid new date: "11/01/2024"') }) });
    const done = markSlotDone(base, slot, now, counterIds());
    const refused = rescheduleSlot(done, slot, '2024-01-11T10:00:00Z', counterIds());
    expect(refused.ok).toBe(false);
  });

  it('skipSlot makes the slot skipped and not due', () => {
    const base = ws();
    const skipped = skipSlot(base, slotOf(base, '2024-01-10'), counterIds());
    const status = planStatus(skipped, range, now, MON);
    expect(status.slots.find((s) => s.localDate === '2024-01-10')?.state).toBe('skipped');
    expect(status.overall.due).toBe(4);
  });
});
