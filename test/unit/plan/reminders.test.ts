import { describe, expect, it } from 'vitest';
import { markSlotDone, planStatus, rescheduleSlot } from '../../../shared/domain/plan/adherence';
import { reminderText } from '../../../shared/domain/plan/reminder-text';
import { dueReminders, emptyMemory, GRACE_MS, MAX_SLEEP_MS, nextCheck, reminderCandidates, reminderRef, type Reminder } from '../../../shared/domain/plan/reminders';
import { ReminderSettings } from '../../../shared/schema/library';
import type { Workspace } from '../../../shared/schema/workspace';
import { ReminderScheduler, type ReminderClock } from '../../../electron/services/reminders';
import { counterIds, profileWith, workspaceWith } from './helpers';

// One LinkedIn post a week, Thursday 09:00 Paris: 21 and 28 March 2024 at 08:00Z, 4 April at 07:00Z (after DST).
const li = profileWith(
  { count: 1, weekdays: [], timeWindows: [{ start: '09:00', end: '10:00' }], startDate: '2024-03-01' },
  { theme: { title: 'Pharmacie clinique', keywords: ['pharmacie', 'officine', 'santé'], audience: '', tone: '', goal: '' } },
);
const ws: Workspace = workspaceWith({ profiles: [li] });
const ON = ReminderSettings.parse({});
const at = (iso: string) => Date.parse(iso);

/** A clock the test moves by hand; timers fire in order as it passes them. */
class FakeClock implements ReminderClock {
  private timers: { id: number; when: number; fn: () => void }[] = [];
  private seq = 0;
  constructor(private t: number) {}
  now = () => this.t;
  setTimer = (fn: () => void, ms: number) => {
    const id = ++this.seq;
    this.timers.push({ id, when: this.t + ms, fn });
    return id;
  };
  clearTimer = (id: unknown) => {
    this.timers = this.timers.filter((x) => x.id !== id);
  };
  pending = () => this.timers.map((x) => x.when);
  advanceTo(iso: string): void {
    const target = at(iso);
    for (;;) {
      const next = this.timers.filter((x) => x.when <= target).sort((a, b) => a.when - b.when)[0];
      if (!next) break;
      this.timers = this.timers.filter((x) => x !== next);
      this.t = next.when;
      next.fn();
    }
    this.t = target;
  }
}

function run(startIso: string, read: () => { workspaces: Workspace[]; settings: ReminderSettings }) {
  const clock = new FakeClock(at(startIso));
  const fired: { at: string; text: string; draft: string }[] = [];
  const scheduler = new ReminderScheduler({
    read,
    clock,
    notify: (r: Reminder) => fired.push({ at: new Date(clock.now()).toISOString(), text: reminderText('fr', r.networkLabel, r.theme, true), draft: r.draft }),
  });
  scheduler.check();
  return { clock, fired, scheduler };
}

describe('reminder planning (pure)', () => {
  it('finds the next due slot and sleeps at most MAX_SLEEP', () => {
    const now = at('2024-03-21T07:57:00Z');
    const candidates = reminderCandidates([ws], ON, new Date(now));
    expect(candidates.map((r) => new Date(r.at).toISOString())).toContain('2024-03-21T08:00:00.000Z');
    expect(nextCheck(candidates, emptyMemory(), now)).toBe(at('2024-03-21T08:00:00Z'));
    expect(nextCheck(candidates, emptyMemory(), at('2024-03-21T07:30:00Z'))).toBe(at('2024-03-21T07:30:00Z') + MAX_SLEEP_MS);
    expect(nextCheck(candidates, emptyMemory(), at('2024-03-22T08:00:00Z'))).toBe(at('2024-03-22T08:00:00Z') + MAX_SLEEP_MS);
    expect(dueReminders(candidates, emptyMemory(), now)).toEqual([]);
    expect(dueReminders(candidates, emptyMemory(), at('2024-03-21T08:00:00Z')).map((r) => r.ref)).toEqual([reminderRef('ws-test', 'p-li:2024-03-21:0')]);
  });

  it('drops a reminder more than the grace period late', () => {
    const candidates = reminderCandidates([ws], ON, new Date('2024-03-21T09:00:00Z'));
    expect(dueReminders(candidates, emptyMemory(), at('2024-03-21T08:00:00Z') + GRACE_MS)).toHaveLength(1);
    expect(dueReminders(candidates, emptyMemory(), at('2024-03-21T08:00:00Z') + GRACE_MS + 1)).toEqual([]);
  });

  it('is silent when reminders are off, off for the network, or the client is archived', () => {
    const now = new Date('2024-03-21T07:30:00Z');
    expect(reminderCandidates([ws], { ...ON, enabled: false }, now)).toEqual([]);
    expect(reminderCandidates([ws], { ...ON, offNetworks: ['linkedin'] }, now)).toEqual([]);
    expect(reminderCandidates([ws], { ...ON, offNetworks: ['x'] }, now).length).toBeGreaterThan(0);
    expect(reminderCandidates([{ ...ws, archived: true }], ON, now)).toEqual([]);
  });
});

describe('ReminderScheduler against a fake clock', () => {
  it('notifies once at the slot time, with the words and the draft text', () => {
    const slot = planStatus(ws, { from: '2024-03-21', to: '2024-03-21' }, new Date('2024-03-20T00:00:00Z'), { weekStartsOn: 1 }).slots[0]!;
    const withDraft: Workspace = { ...ws, posts: [{ id: 'd1', profileId: 'p-li', network: 'linkedin', theme: '', text: '  Mon brouillon  ', link: '', promotional: false, notes: '', slotKey: slot.key, source: null, status: 'draft', date: slot.start }] };
    const { clock, fired } = run('2024-03-21T07:58:00Z', () => ({ workspaces: [withDraft], settings: ON }));
    expect(fired).toEqual([]);
    expect(clock.pending()).toEqual([at('2024-03-21T08:00:00Z')]);
    clock.advanceTo('2024-03-21T12:00:00Z');
    expect(fired).toEqual([{ at: '2024-03-21T08:00:00.000Z', text: 'LinkedIn : publier sur « Pharmacie clinique » maintenant', draft: 'Mon brouillon' }]);
  });

  it('rings again after a snooze, and never for a slot marked done', () => {
    let data = ws;
    const { clock, fired, scheduler } = run('2024-03-21T07:59:00Z', () => ({ workspaces: [data], settings: ON }));
    clock.advanceTo('2024-03-21T08:01:00Z');
    expect(fired).toHaveLength(1);
    scheduler.snooze(reminderRef('ws-test', 'p-li:2024-03-21:0'), 10);
    clock.advanceTo('2024-03-21T08:10:59Z');
    expect(fired).toHaveLength(1);
    clock.advanceTo('2024-03-21T08:12:00Z');
    expect(fired.map((f) => f.at)).toEqual(['2024-03-21T08:00:00.000Z', '2024-03-21T08:11:00.000Z']);
    // Snoozed again, then marked done in the app before it rings: silence.
    scheduler.snooze(reminderRef('ws-test', 'p-li:2024-03-21:0'), 10);
    const slot = planStatus(ws, { from: '2024-03-21', to: '2024-03-21' }, new Date(clock.now()), { weekStartsOn: 1 }).slots[0]!;
    data = markSlotDone(ws, slot, new Date(clock.now()), counterIds('d'));
    clock.advanceTo('2024-03-21T10:00:00Z');
    expect(fired).toHaveLength(2);
  });

  it('rings a rescheduled slot at its new time only', () => {
    const slot = planStatus(ws, { from: '2024-03-21', to: '2024-03-21' }, new Date('2024-03-20T00:00:00Z'), { weekStartsOn: 1 }).slots[0]!;
    const moved = rescheduleSlot(ws, slot, '2024-03-21T16:30:00+01:00', counterIds('r'));
    if (!moved.ok) throw new Error(moved.error.en);
    const { clock, fired } = run('2024-03-21T07:00:00Z', () => ({ workspaces: [moved.workspace], settings: ON }));
    clock.advanceTo('2024-03-21T23:00:00Z');
    expect(fired.map((f) => f.at)).toEqual(['2024-03-21T15:30:00.000Z']);
  });

  it('keeps the wall-clock time across the DST change (09:00 Paris before and after 31 March)', () => {
    const { clock, fired } = run('2024-03-27T12:00:00Z', () => ({ workspaces: [ws], settings: ON }));
    clock.advanceTo('2024-04-05T00:00:00Z');
    expect(fired.map((f) => f.at)).toEqual(['2024-03-28T08:00:00.000Z', '2024-04-04T07:00:00.000Z']);
  });

  it('sees a network turned off while it runs', () => {
    let settings = ON;
    const { clock, fired, scheduler } = run('2024-03-21T07:00:00Z', () => ({ workspaces: [ws], settings }));
    settings = { ...ON, offNetworks: ['linkedin'] };
    scheduler.check();
    clock.advanceTo('2024-03-29T00:00:00Z');
    expect(fired).toEqual([]);
  });
});
