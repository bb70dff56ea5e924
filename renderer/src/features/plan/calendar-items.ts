import { format } from 'date-fns';
import type { SlotState, SlotStatus } from '../../../../shared/domain/plan/adherence';
import type { Post, Workspace } from '../../../../shared/schema/workspace';

/** `logged`: published outside the plan; `draft`: an idea or draft dated but tied to no slot. */
export type ItemState = SlotState | 'logged' | 'draft';

/** One thing shown on a calendar day: a planned slot, or a post outside the plan (published, or in preparation). */
export interface CalendarItem {
  id: string;
  /** Local day (viewer's zone) and time where the item is drawn. */
  day: string;
  time: string;
  network: string;
  state: ItemState;
  slot?: SlotStatus;
  post?: Post;
  /** On the new day of a rescheduled slot: where it was planned (ISO instant). */
  movedFrom?: string;
  /** The start of the post's text (its first line), '' when no text is written yet. */
  excerpt: string;
}

const EXCERPT_MAX = 80;

/** The first line of a text, cut on a word near EXCERPT_MAX characters. */
export function excerptOf(text: string): string {
  const line = text.trim().split('\n')[0]?.trim() ?? '';
  if (line.length <= EXCERPT_MAX) return line;
  const cut = line.slice(0, EXCERPT_MAX);
  const space = cut.lastIndexOf(' ');
  return `${(space > EXCERPT_MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A glyph per state, so the state never rests on colour alone. */
export const STATE_GLYPH: Readonly<Record<ItemState, string>> = { done: '✓', missed: '✕', upcoming: '○', rescheduled: '↷', skipped: '–', logged: '•', draft: '✎' };

const local = (iso: string) => {
  const d = new Date(iso);
  return { day: format(d, 'yyyy-MM-dd'), time: format(d, 'HH:mm') };
};

/**
 * Slots sit on their planned day, done ones where their post really went out.
 * A rescheduled slot stays on its day marked as moved, and shows again on its
 * new day as upcoming, or missed once that time has passed (it is then due:
 * see planStatus). Published posts that fulfil no slot are added as "logged",
 * ideas and drafts tied to no slot as "draft", on the day they are meant for.
 */
export function calendarItems(ws: Workspace, slots: readonly SlotStatus[], from: string, to: string, now: Date): CalendarItem[] {
  const items: CalendarItem[] = [];
  const inRange = (at: { day: string }) => at.day >= from && at.day <= to;
  const postById = new Map(ws.posts.map((p) => [p.id, p]));
  // A draft or idea written for a slot gives the slot its text.
  const written = new Map(ws.posts.filter((p) => p.slotKey !== null && p.text.trim() !== '').map((p) => [p.slotKey as string, p]));
  for (const s of slots) {
    const post = s.state === 'done' && s.postId !== undefined ? postById.get(s.postId) : undefined;
    const at = local(post?.date ?? s.start);
    const excerpt = excerptOf((post ?? written.get(s.key))?.text ?? '');
    if (inRange(at)) items.push({ id: s.key, ...at, network: s.network, state: s.state, slot: s, excerpt });
    if (s.state !== 'rescheduled' || !s.rescheduledTo) continue;
    const moved = local(s.rescheduledTo);
    const state = Date.parse(s.rescheduledTo) <= now.getTime() ? 'missed' : 'upcoming';
    if (inRange(moved)) items.push({ id: `${s.key}@moved`, ...moved, network: s.network, state, slot: s, movedFrom: s.start, excerpt });
  }
  const used = new Set(slots.map((s) => s.postId).filter((id) => id !== undefined));
  for (const post of ws.posts) {
    const state = post.status === 'published' ? 'logged' : (post.status === 'idea' || post.status === 'draft') && post.slotKey === null ? 'draft' : null;
    if (state === null || used.has(post.id)) continue;
    const at = local(post.date);
    if (inRange(at)) items.push({ id: post.id, ...at, network: post.network, state, post, excerpt: excerptOf(post.text) });
  }
  return items.sort((a, b) => (a.day + a.time).localeCompare(b.day + b.time));
}

const SLOT_KEY_DAY = /:(\d{4}-\d{2}-\d{2}):\d+$/;

/**
 * The local days whose slots must be worked out to draw from…to: widened to
 * the planned days of slots whose post (moved or done) falls in it from
 * elsewhere (a slot's key ends with its planned date and rank, see Slot.key).
 */
export function slotRangeFor(ws: Workspace, from: string, to: string): { from: string; to: string } {
  let lo = from;
  let hi = to;
  for (const p of ws.posts) {
    if (p.slotKey === null) continue;
    const day = local(p.date).day;
    const planned = SLOT_KEY_DAY.exec(p.slotKey)?.[1];
    if (!planned || day < from || day > to) continue;
    if (planned < lo) lo = planned;
    if (planned > hi) hi = planned;
  }
  return { from: lo, to: hi };
}

/** Items grouped by local day. */
export function byDay(items: readonly CalendarItem[]): Map<string, CalendarItem[]> {
  const out = new Map<string, CalendarItem[]>();
  for (const item of items) out.set(item.day, [...(out.get(item.day) ?? []), item]);
  return out;
}
