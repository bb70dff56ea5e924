/**
 * Posting reminders while the app runs: which planned slots are due for a
 * notification, and when to look again. Pure: the caller brings the clock
 * and the timers (electron/services/reminders.ts).
 *
 * Decisions:
 * - A reminder fires at the slot's own time (a rescheduled slot at its new
 *   time); done and skipped slots never ring.
 * - A reminder more than GRACE late is dropped, not fired: after a night
 *   asleep, a burst of yesterday's "post now" would be noise. The calendar
 *   shows the slot as missed anyway.
 * - The next check is never more than MAX_SLEEP away, so a clock change, a
 *   machine waking from sleep or a plan edited meanwhile is caught in time.
 * - Times are absolute instants (UTC ms) computed by the plan in the
 *   cadence's zone, so DST changes need no special case here.
 */
import type { ReminderSettings } from '../../schema/library';
import type { Workspace } from '../../schema/workspace';
import { networkForWorkspace } from '../networks/registry';
import { formatDay, utcMsToDay } from './calendar';
import { planStatus } from './adherence';

export const GRACE_MS = 15 * 60_000;
/** Well inside GRACE: a slot added or moved in the app is caught in time without a hook on every save. */
export const MAX_SLEEP_MS = 5 * 60_000;
/** Slots are looked up this far around now: wide enough for any time zone's local day. */
const LOOK_DAYS = 2;

export interface Reminder {
  /** `${workspaceId}\n${slotKey}`: one reminder per slot. */
  ref: string;
  workspaceId: string;
  workspaceName: string;
  slotKey: string;
  profileId: string;
  network: string;
  networkLabel: string;
  theme: string;
  /** When it rings (UTC ms). */
  at: number;
  /** The text of the slot's idea or draft, ready to copy; empty when none. */
  draft: string;
}

/** What the running app remembers (in memory only): fired reminders and snoozes. */
export interface ReminderMemory {
  fired: Set<string>;
  /** ref → the instant the snooze ends (UTC ms). */
  snoozed: Map<string, number>;
}

export const emptyMemory = (): ReminderMemory => ({ fired: new Set(), snoozed: new Map() });

export const reminderRef = (workspaceId: string, slotKey: string): string => `${workspaceId}\n${slotKey}`;

/** Every slot that could ring around `now`, per settings (off globally or per network). */
export function reminderCandidates(workspaces: readonly Workspace[], settings: ReminderSettings, now: Date, weekStartsOn: 0 | 1 = 1): Reminder[] {
  if (!settings.enabled) return [];
  const off = new Set(settings.offNetworks);
  const day = utcMsToDay(now.getTime());
  const range = { from: formatDay(day - LOOK_DAYS), to: formatDay(day + LOOK_DAYS) };
  const out: Reminder[] = [];
  for (const ws of workspaces) {
    if (ws.archived) continue;
    const registry = networkForWorkspace(ws);
    const profiles = new Map(ws.profiles.map((p) => [p.id, p]));
    for (const slot of planStatus(ws, range, now, { weekStartsOn }).slots) {
      if (slot.state === 'done' || slot.state === 'skipped' || off.has(slot.network)) continue;
      const at = Date.parse(slot.state === 'rescheduled' && slot.rescheduledTo ? slot.rescheduledTo : slot.start);
      const draft = ws.posts.find((p) => p.slotKey === slot.key && (p.status === 'draft' || p.status === 'idea'))?.text.trim() ?? '';
      out.push({
        ref: reminderRef(ws.id, slot.key),
        workspaceId: ws.id,
        workspaceName: ws.name,
        slotKey: slot.key,
        profileId: slot.profileId,
        network: slot.network,
        networkLabel: registry.get(slot.network)?.label ?? slot.network,
        theme: profiles.get(slot.profileId)?.theme?.title ?? '',
        at,
        draft,
      });
    }
  }
  return out;
}

/** When a reminder rings given the snoozes. */
export function ringsAt(r: Reminder, memory: ReminderMemory): number {
  return memory.snoozed.get(r.ref) ?? r.at;
}

/** Reminders to show now: due, not yet shown, not more than GRACE late; earliest first. */
export function dueReminders(candidates: readonly Reminder[], memory: ReminderMemory, now: number): Reminder[] {
  return candidates
    .filter((r) => !memory.fired.has(r.ref))
    .filter((r) => {
      const at = ringsAt(r, memory);
      return at <= now && now - at <= GRACE_MS;
    })
    .sort((a, b) => ringsAt(a, memory) - ringsAt(b, memory));
}

/** The next instant worth waking up at: the next reminder, or MAX_SLEEP from now. */
export function nextCheck(candidates: readonly Reminder[], memory: ReminderMemory, now: number): number {
  let next = now + MAX_SLEEP_MS;
  for (const r of candidates) {
    if (memory.fired.has(r.ref)) continue;
    const at = ringsAt(r, memory);
    if (at > now && at < next) next = at;
  }
  return next;
}

/** Ring again `minutes` from now. */
export function snooze(memory: ReminderMemory, ref: string, now: number, minutes: number): void {
  memory.fired.delete(ref);
  memory.snoozed.set(ref, now + minutes * 60_000);
}
