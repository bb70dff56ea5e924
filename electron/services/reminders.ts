import type { ReminderSettings } from '../../shared/schema/library';
import type { Workspace } from '../../shared/schema/workspace';
import { dueReminders, emptyMemory, nextCheck, reminderCandidates, snooze, type Reminder } from '../../shared/domain/plan/reminders';

export interface ReminderClock {
  now: () => number;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
}

export interface ReminderSchedulerOptions {
  /** The library as it is now (read at each check, so edits are seen). */
  read: () => { workspaces: readonly Workspace[]; settings: ReminderSettings };
  notify: (reminder: Reminder) => void;
  clock?: ReminderClock;
}

const realClock: ReminderClock = {
  now: () => Date.now(),
  setTimer: (fn, ms) => setTimeout(fn, ms),
  clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/**
 * Runs the pure reminder plan against a clock: one timer at a time, set to
 * the next reminder (or the next hourly look). Holds no Electron: the main
 * process hands it a `notify` that shows a system notification.
 */
export class ReminderScheduler {
  private readonly memory = emptyMemory();
  private timer: unknown = null;
  private readonly clock: ReminderClock;
  private last: Reminder[] = [];

  constructor(private readonly opts: ReminderSchedulerOptions) {
    this.clock = opts.clock ?? realClock;
  }

  /** Look now: fire what is due, then sleep until the next one. Call after any plan or settings change too. */
  check(): void {
    if (this.timer !== null) this.clock.clearTimer(this.timer);
    this.timer = null;
    const now = this.clock.now();
    const { workspaces, settings } = this.opts.read();
    const candidates = reminderCandidates(workspaces, settings, new Date(now));
    this.last = candidates;
    for (const r of dueReminders(candidates, this.memory, now)) {
      this.memory.fired.add(r.ref);
      this.opts.notify(r);
    }
    this.timer = this.clock.setTimer(() => this.check(), Math.max(1000, nextCheck(candidates, this.memory, now) - now));
  }

  snooze(ref: string, minutes: number): void {
    snooze(this.memory, ref, this.clock.now(), minutes);
    this.check();
  }

  /** The reminder for a slot as last computed (to open it from a notification). */
  find(ref: string): Reminder | undefined {
    return this.last.find((r) => r.ref === ref);
  }

  stop(): void {
    if (this.timer !== null) this.clock.clearTimer(this.timer);
    this.timer = null;
  }
}
