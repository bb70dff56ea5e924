/**
 * The plan as an iCalendar file (RFC 5545), written by the `ics` library.
 *
 * Decisions:
 * - One event per planned slot, nothing else: published posts that match no
 *   slot are history, not plan, and an imported archive would flood the
 *   calendar. A slot that was done stays, marked ✓; a skipped slot is
 *   exported CANCELLED; a rescheduled slot is exported at its new time.
 * - UID = hash(workspace id + slot key): re-importing after a change updates
 *   the same events in Google Calendar, Outlook or Thunderbird instead of
 *   duplicating them. SEQUENCE grows with export time (minutes since 2024),
 *   so a later export supersedes an earlier one (RFC 5545 §3.8.7.4).
 * - Times are written in UTC (…Z): exact across DST without shipping
 *   VTIMEZONE blocks, and every client shows them in the user's own zone.
 * - An alarm (VALARM, DISPLAY, a lead time before the start) only when asked:
 *   a calendar that rings on import is intrusive, so the app's dialog leaves
 *   it off by default. Done and skipped slots never ring.
 * - Lines are folded at 75 octets (ics-fold.ts), as RFC 5545 says; the
 *   library folds at 75 characters, too long for accented text.
 */
import { createEvents, type EventAttributes } from 'ics';
import type { Lang } from '../../schema/text';
import type { Workspace } from '../../schema/workspace';
import { networkForWorkspace } from '../networks/registry';
import { fnv1a64 } from '../posts/hash';
import { refoldIcs } from './ics-fold';
import type { SlotStatus } from './adherence';
import { reminderText } from './reminder-text';
import type { Slot } from './slots';

export type IcsResult = { ok: true; ics: string } | { ok: false; message: string };

const EVENT_MINUTES = 30;
const SEQUENCE_EPOCH = Date.UTC(2024, 0, 1);

const WORDS = {
  fr: { post: 'publication', done: '✓', keywords: 'Mots-clés', audience: 'Public', tone: 'Ton', goal: 'Objectif', text: 'Texte prévu', calendar: 'Vitrine — plan de publication', badNow: 'Date d’export invalide.', failed: 'Export iCalendar impossible' },
  en: { post: 'post', done: '✓', keywords: 'Keywords', audience: 'Audience', tone: 'Tone', goal: 'Goal', text: 'Planned text', calendar: 'Vitrine — posting plan', badNow: 'Invalid export date.', failed: 'iCalendar export failed' },
} as const;

/** Stable across exports and machines; only letters, digits and "-@." so every client accepts it. */
export function slotUid(workspaceId: string, slotKey: string): string {
  return `vitrine-${fnv1a64(`${workspaceId}\n${slotKey}`)}@vitrine.local`;
}

const isStatus = (s: Slot | SlotStatus): s is SlotStatus => 'state' in s;

/** `ics` accepts a DTSTAMP through `timestamp` but does not declare it. */
type EventWithStamp = EventAttributes & { timestamp: number };

/** The longest alarm lead accepted: a week ahead is already a different habit. */
export const MAX_ALARM_MINUTES = 7 * 24 * 60;

/**
 * "15m", "1h", "1h30m", "2d" or plain minutes ("15") → minutes, or null when
 * it is not a lead time between 0 and a week.
 */
export function parseLeadTime(text: string): number | null {
  const m = /^\s*(?:(\d+)\s*d)?\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*(?:m|min)?)?\s*$/i.exec(text);
  if (!m || (!m[1] && !m[2] && !m[3])) return null;
  const minutes = Number(m[1] ?? 0) * 1440 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
  return minutes <= MAX_ALARM_MINUTES ? minutes : null;
}

export interface IcsOptions {
  lang: Lang;
  now: Date;
  /** Minutes before each planned slot for a VALARM; absent: no alarm. */
  alarmMinutes?: number;
}

export function planToIcs(ws: Workspace, slots: readonly (Slot | SlotStatus)[], opts: IcsOptions): IcsResult {
  const w = WORDS[opts.lang];
  const now = opts.now.getTime();
  if (Number.isNaN(now)) return { ok: false, message: w.badNow };
  const alarm = opts.alarmMinutes;
  if (alarm !== undefined && (!Number.isInteger(alarm) || alarm < 0 || alarm > MAX_ALARM_MINUTES)) {
    return { ok: false, message: `${w.failed}: ${opts.lang === 'fr' ? 'délai de rappel invalide' : 'invalid alarm lead time'} (${alarm})` };
  }
  const registry = networkForWorkspace(ws);
  const profiles = new Map(ws.profiles.map((p) => [p.id, p]));
  const posts = new Map(ws.posts.map((p) => [p.id, p]));
  const sequence = Math.max(0, Math.floor((now - SEQUENCE_EPOCH) / 60_000));

  const events = slots.map((slot): EventWithStamp => {
    const theme = profiles.get(slot.profileId)?.theme ?? null;
    const label = registry.get(slot.network)?.label ?? slot.network;
    const state = isStatus(slot) ? slot.state : null;
    const start = Date.parse(state === 'rescheduled' && isStatus(slot) && slot.rescheduledTo ? slot.rescheduledTo : slot.start);
    const title = `${state === 'done' ? `${w.done} ` : ''}${label} — ${w.post}${theme?.title ? ` (${theme.title})` : ''}`;
    const text = isStatus(slot) && slot.postId ? posts.get(slot.postId)?.text.trim() ?? '' : '';
    const description = [
      theme && theme.keywords.length > 0 ? `${w.keywords}: ${theme.keywords.join(', ')}` : '',
      theme?.audience ? `${w.audience}: ${theme.audience}` : '',
      theme?.tone ? `${w.tone}: ${theme.tone}` : '',
      theme?.goal ? `${w.goal}: ${theme.goal}` : '',
      text ? `${w.text}: ${text}` : '',
    ].filter((l) => l !== '').join('\n');
    return {
      uid: slotUid(ws.id, slot.key),
      title,
      start,
      startInputType: 'utc',
      startOutputType: 'utc',
      duration: { minutes: EVENT_MINUTES },
      ...(description ? { description } : {}),
      categories: [label],
      status: state === 'skipped' ? 'CANCELLED' : 'CONFIRMED',
      busyStatus: 'FREE',
      sequence,
      ...(alarm !== undefined && state !== 'done' && state !== 'skipped'
        ? { alarms: [{ action: 'display', description: reminderText(opts.lang, label, theme?.title ?? '', false), trigger: { minutes: alarm, before: true } }] }
        : {}),
      timestamp: now,
      lastModified: now,
    };
  });
  const { error, value } = createEvents(events, { productId: 'vitrine/plan', method: 'PUBLISH', calName: `${w.calendar} (${ws.name})` });
  if (error || value === null) return { ok: false, message: `${w.failed}: ${error?.message ?? 'no output'}` };
  return { ok: true, ics: refoldIcs(value) };
}
