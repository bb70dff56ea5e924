/**
 * Planned vs done: which slots were honoured, missed, moved or skipped.
 *
 * Matching, in this order:
 * 1. A post carrying a slot's key decides that slot: published → done,
 *    skipped → skipped, idea/draft at another time → rescheduled.
 * 2. Every other published post (oldest first) fills the nearest still-open
 *    slot of its profile in the same week (the week of the cadence's zone).
 * 3. Open slots are missed once their time has passed, upcoming before.
 * Adherence = done / due, where due = done + missed + rescheduled slots whose
 * new time has passed; skipped and upcoming slots are not due.
 */
import { isValid, parseISO } from 'date-fns';
import type { Localized } from '../../schema/text';
import { IsoDateTime, type Post, type Workspace } from '../../schema/workspace';
import { dayToUtcMs, formatDay, parseDay, startOfWeekDay } from './calendar';
import { planSlots, type DateRange, type PlannedSlots, type Slot, type SlotOptions } from './slots';
import { zoneClock, type ZoneClock } from './zoned';

export type SlotState = 'done' | 'missed' | 'upcoming' | 'rescheduled' | 'skipped';

export interface SlotStatus extends Slot {
  state: SlotState;
  /** The post that fulfils, skips or moves the slot. */
  postId?: string;
  /** For a rescheduled slot: the new time (ISO, UTC). */
  rescheduledTo?: string;
}

export interface Adherence {
  done: number;
  due: number;
  /** Rounded percentage, null when nothing was due yet. */
  pct: number | null;
}

export interface PlanStatus {
  slots: SlotStatus[];
  byProfile: Record<string, Adherence>;
  overall: Adherence;
  /** One point per week holding slots, for a chart; weekStart is a local date. */
  weekly: ({ weekStart: string } & Adherence)[];
  invalid: PlannedSlots['invalid'];
}

const toMs = (iso: string): number | null => {
  const d = parseISO(iso);
  return isValid(d) ? d.getTime() : null;
};

function emptyAdherence(): Adherence {
  return { done: 0, due: 0, pct: null };
}

function count(a: Adherence, s: SlotStatus, now: number): void {
  const due = s.state === 'done' || s.state === 'missed'
    || (s.state === 'rescheduled' && (toMs(s.rescheduledTo ?? '') ?? Infinity) <= now);
  if (!due) return;
  a.due++;
  if (s.state === 'done') a.done++;
  a.pct = Math.round((100 * a.done) / a.due);
}

/** The profile a post belongs to: its own, or the only planned profile on its network. */
function postOwner(post: Post, profileByNetwork: Map<string, string | null>): string | null {
  return post.profileId ?? profileByNetwork.get(post.network) ?? null;
}

function applyKeyedPosts(posts: readonly Post[], byKey: Map<string, SlotStatus>): void {
  const rank: Record<SlotState, number> = { done: 3, skipped: 2, rescheduled: 1, missed: 0, upcoming: 0 };
  for (const post of posts) {
    const slot = post.slotKey === null ? undefined : byKey.get(post.slotKey);
    if (!slot) continue;
    const ms = toMs(post.date);
    let state: SlotState | null = null;
    if (post.status === 'published') state = 'done';
    else if (post.status === 'skipped') state = 'skipped';
    else if (ms !== null && ms !== Date.parse(slot.start)) state = 'rescheduled';
    if (state === null) {
      slot.postId ??= post.id;
    } else if (rank[state] > rank[slot.state]) {
      slot.state = state;
      slot.postId = post.id;
      if (state === 'rescheduled' && ms !== null) slot.rescheduledTo = new Date(ms).toISOString();
      else delete slot.rescheduledTo;
    }
  }
}

interface Open { slot: SlotStatus; ms: number; week: number }

function applyUnkeyedPosts(ws: Workspace, slots: SlotStatus[], byKey: Map<string, SlotStatus>, opts: SlotOptions, clocks: Map<string, ZoneClock>): void {
  const openByProfile = new Map<string, Open[]>();
  for (const slot of slots) {
    if (slot.state === 'done' || slot.state === 'skipped') continue;
    const list = openByProfile.get(slot.profileId) ?? [];
    list.push({ slot, ms: Date.parse(slot.start), week: startOfWeekDay(parseDay(slot.localDate) as number, opts.weekStartsOn) });
    openByProfile.set(slot.profileId, list);
  }
  const planned = new Map<string, string | null>();
  for (const s of slots) planned.set(s.network, planned.has(s.network) && planned.get(s.network) !== s.profileId ? null : s.profileId);

  const published = ws.posts
    .filter((p) => p.status === 'published' && (p.slotKey === null || !byKey.has(p.slotKey)))
    .map((p) => ({ post: p, ms: toMs(p.date) }))
    .filter((x): x is { post: Post; ms: number } => x.ms !== null)
    .sort((a, b) => a.ms - b.ms);
  for (const { post, ms } of published) {
    const owner = postOwner(post, planned);
    const open = owner === null ? undefined : openByProfile.get(owner);
    const first = open?.[0];
    if (!open || !first) continue;
    const clock = clocks.get(first.slot.timeZone) as ZoneClock;
    const week = startOfWeekDay(clock.toLocal(ms).day, opts.weekStartsOn);
    let best = -1;
    open.forEach((o, i) => {
      if (o.week === week && (best < 0 || Math.abs(o.ms - ms) < Math.abs((open[best] as Open).ms - ms))) best = i;
    });
    if (best < 0) continue;
    const [taken] = open.splice(best, 1);
    if (taken) {
      taken.slot.state = 'done';
      taken.slot.postId = post.id;
      delete taken.slot.rescheduledTo;
    }
  }
}

/** Every slot of `range` with its state, and adherence per profile, overall and per week. */
export function planStatus(ws: Workspace, range: DateRange, now: Date, opts: SlotOptions): PlanStatus {
  const planned = planSlots(ws.profiles, range, opts);
  const nowMs = now.getTime();
  const slots: SlotStatus[] = planned.slots.map((s) => ({ ...s, state: Date.parse(s.start) <= nowMs ? 'missed' : 'upcoming' }));
  const byKey = new Map(slots.map((s) => [s.key, s]));
  const clocks = new Map<string, ZoneClock>();
  const from = dayToUtcMs(parseDay(range.from) ?? 0);
  const to = dayToUtcMs((parseDay(range.to) ?? 0) + 1);
  for (const s of slots) if (!clocks.has(s.timeZone)) clocks.set(s.timeZone, zoneClock(s.timeZone, from, to));

  applyKeyedPosts(ws.posts, byKey);
  applyUnkeyedPosts(ws, slots, byKey, opts, clocks);

  const byProfile: Record<string, Adherence> = {};
  const overall = emptyAdherence();
  const weeks = new Map<number, Adherence>();
  for (const s of slots) {
    const week = startOfWeekDay(parseDay(s.localDate) as number, opts.weekStartsOn);
    const w = weeks.get(week) ?? emptyAdherence();
    weeks.set(week, w);
    const p = (byProfile[s.profileId] ??= emptyAdherence());
    for (const a of [w, p, overall]) count(a, s, nowMs);
  }
  const weekly = [...weeks.entries()].sort((a, b) => a[0] - b[0]).map(([week, a]) => ({ weekStart: formatDay(week), ...a }));
  return { slots, byProfile, overall, weekly, invalid: planned.invalid };
}

export type PlanEdit = { ok: true; workspace: Workspace } | { ok: false; error: Localized };

function themeOf(ws: Workspace, profileId: string): string {
  return ws.profiles.find((p) => p.id === profileId)?.theme?.title ?? '';
}

/** Replaces or adds the slot's non-published post. */
function withSlotPost(ws: Workspace, slot: Slot, idGen: () => string, fields: Pick<Post, 'status' | 'date'>): Workspace {
  const existing = ws.posts.find((p) => p.slotKey === slot.key && p.status !== 'published');
  const posts = existing
    ? ws.posts.map((p) => (p === existing ? { ...p, ...fields } : p))
    : [...ws.posts, {
      id: idGen(), profileId: slot.profileId, network: slot.network, theme: themeOf(ws, slot.profileId), text: '', link: '',
      promotional: false, notes: '', slotKey: slot.key, source: null, ...fields,
    }];
  return { ...ws, posts };
}

const alreadyDone = (ws: Workspace, slot: Slot): boolean => ws.posts.some((p) => p.slotKey === slot.key && p.status === 'published');

/**
 * Records the slot as done: its draft (if rescheduled) becomes published,
 * otherwise a published post is added. Dated at the planned time, or now if
 * that is still ahead (posted early). Unchanged if already done.
 */
export function markSlotDone(ws: Workspace, slot: Slot, now: Date, idGen: () => string): Workspace {
  if (alreadyDone(ws, slot)) return ws;
  const draft = ws.posts.find((p) => p.slotKey === slot.key && p.status !== 'published');
  const planned = Date.parse(draft?.date ?? slot.start);
  const date = new Date(Math.min(planned, now.getTime())).toISOString();
  return withSlotPost(ws, slot, idGen, { status: 'published', date });
}

/** Moves a slot to another time: a draft post carrying the slot's key, so the slot shows as rescheduled. */
export function rescheduleSlot(ws: Workspace, slot: Slot, newDateIso: string, idGen: () => string): PlanEdit {
  if (!IsoDateTime.safeParse(newDateIso).success) {
    return { ok: false, error: { fr: `Nouvelle date invalide : « ${newDateIso} » (date et heure ISO attendues, ex. 2024-05-02T09:00:00+02:00).`, en: `Invalid new date: "${newDateIso}" (expected an ISO date-time, e.g. 2024-05-02T09:00:00+02:00).` } };
  }
  if (alreadyDone(ws, slot)) {
    return { ok: false, error: { fr: 'Ce créneau est déjà publié : il ne peut plus être déplacé.', en: 'This slot is already published and cannot be moved.' } };
  }
  return { ok: true, workspace: withSlotPost(ws, slot, idGen, { status: 'draft', date: new Date(Date.parse(newDateIso)).toISOString() }) };
}

/** Marks a slot as deliberately skipped (not counted as missed). Unchanged if already done. */
export function skipSlot(ws: Workspace, slot: Slot, idGen: () => string): Workspace {
  if (alreadyDone(ws, slot)) return ws;
  return withSlotPost(ws, slot, idGen, { status: 'skipped', date: slot.start });
}
