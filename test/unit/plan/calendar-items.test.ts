import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { markSlotDone, planStatus, rescheduleSlot, skipSlot } from '../../../shared/domain/plan/adherence';
import type { Workspace } from '../../../shared/schema/workspace';
import { calendarItems, slotRangeFor } from '../../../renderer/src/features/plan/calendar-items';
import { counterIds, profileWith, workspaceWith } from './helpers';

// Wednesdays at noon UTC from 5 March 2025: the same local day in any zone within ±11 h.
const ws = workspaceWith({
  profiles: [profileWith({ count: 1, per: 'week', weekdays: [3], timeWindows: [{ start: '12:00', end: '13:00' }], timeZone: 'UTC', startDate: '2025-03-03' })],
});
const OPTS = { weekStartsOn: 1 } as const;
const day = (iso: string) => format(new Date(iso), 'yyyy-MM-dd');

/** What the calendar draws for the local days from…to, as the Calendar component computes it. */
function draw(w: Workspace, from: string, to: string, now: Date) {
  const range = slotRangeFor(w, from, to);
  const status = planStatus(w, range, now, OPTS);
  return calendarItems(w, status.slots, from, to, now).map((i) => ({ day: i.day, state: i.state, movedFrom: i.movedFrom }));
}

function movedToApril(): Workspace {
  const slot = planStatus(ws, { from: '2025-03-05', to: '2025-03-05' }, new Date('2025-03-20T00:00:00Z'), OPTS).slots[0];
  if (!slot) throw new Error('no slot on 5 March');
  const moved = rescheduleSlot(ws, slot, '2025-04-02T15:00:00.000Z', counterIds());
  if (!moved.ok) throw new Error(moved.error.en);
  return moved.workspace;
}

describe('calendar items', () => {
  it('draws a moved slot as moved on its day and as upcoming on its new day', () => {
    const w = movedToApril();
    const items = draw(w, '2025-03-03', '2025-04-06', new Date('2025-03-20T00:00:00Z'));
    expect(items.filter((i) => i.day === '2025-03-05')).toEqual([{ day: '2025-03-05', state: 'rescheduled', movedFrom: undefined }]);
    expect(items.filter((i) => i.day === day('2025-04-02T15:00:00.000Z'))).toEqual([
      { day: '2025-04-02', state: 'upcoming', movedFrom: undefined },
      { day: '2025-04-02', state: 'upcoming', movedFrom: '2025-03-05T12:00:00.000Z' },
    ]);
  });

  it('finds a slot moved in from another month, and shows it missed once its new time has passed', () => {
    const w = movedToApril();
    expect(slotRangeFor(w, '2025-04-01', '2025-04-30')).toEqual({ from: '2025-03-05', to: '2025-04-30' });
    const april = draw(w, '2025-04-01', '2025-04-30', new Date('2025-04-03T00:00:00Z'));
    expect(april.some((i) => i.day < '2025-04-01')).toBe(false);
    expect(april.find((i) => i.movedFrom === '2025-03-05T12:00:00.000Z')?.state).toBe('missed');
  });

  it('draws a done slot where its post went out, and a skipped one on its day', () => {
    const now = new Date('2025-04-03T00:00:00Z');
    const moved = movedToApril();
    const slots = planStatus(moved, { from: '2025-03-05', to: '2025-03-12' }, now, OPTS).slots;
    const [first, second] = slots;
    if (!first || !second) throw new Error('two slots expected');
    const w = skipSlot(markSlotDone(moved, first, now, counterIds('d')), second, counterIds('s'));
    const items = draw(w, '2025-03-01', '2025-04-06', now);
    expect(items.filter((i) => i.day === '2025-03-05')).toEqual([]);
    expect(items.filter((i) => i.day === '2025-04-02').map((i) => i.state)).toEqual(['missed', 'done']);
    expect(items.filter((i) => i.day === '2025-03-12').map((i) => i.state)).toEqual(['skipped']);
  });

  it('draws dated ideas and drafts tied to no slot as in preparation, and never a skipped post or a slot\'s draft twice', () => {
    const post = (id: string, status: 'idea' | 'draft' | 'skipped' | 'published', slotKey: string | null = null, network = ws.profiles[0]!.network) => ({
      id, profileId: null, network, date: '2025-03-07T09:00:00.000Z', status, theme: '', text: '', link: '', promotional: false, notes: '', slotKey, source: null,
    });
    const slotKey = planStatus(ws, { from: '2025-03-05', to: '2025-03-05' }, new Date('2025-03-01T00:00:00Z'), OPTS).slots[0]!.key;
    const w: Workspace = { ...ws, posts: [post('i', 'idea'), post('d', 'draft'), post('s', 'skipped'), post('p', 'published', null, 'mastodon'), post('planned', 'draft', slotKey)] };
    const items = calendarItems(w, planStatus(w, { from: '2025-03-03', to: '2025-03-09' }, new Date('2025-03-01T00:00:00Z'), OPTS).slots, '2025-03-03', '2025-03-09', new Date('2025-03-01T00:00:00Z'));
    expect(items.filter((i) => i.post).map((i) => [i.post!.id, i.state])).toEqual([['i', 'draft'], ['d', 'draft'], ['p', 'logged']]);
    // The draft tied to a slot is drawn through its slot (moved to the draft's day), not as a post of its own.
    expect(items.filter((i) => i.slot).map((i) => [i.day, i.state])).toEqual([['2025-03-05', 'rescheduled'], ['2025-03-07', 'upcoming']]);
  });
});
