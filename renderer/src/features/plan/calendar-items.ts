import { format } from 'date-fns';
import type { SlotState, SlotStatus } from '../../../../shared/domain/plan/adherence';
import type { Post, Workspace } from '../../../../shared/schema/workspace';

export type ItemState = SlotState | 'logged';

/** One thing shown on a calendar day: a planned slot, or a post published outside the plan. */
export interface CalendarItem {
  id: string;
  /** Local day (viewer's zone) and time where the item is drawn. */
  day: string;
  time: string;
  network: string;
  state: ItemState;
  slot?: SlotStatus;
  post?: Post;
}

/** A glyph per state, so the state never rests on colour alone. */
export const STATE_GLYPH: Readonly<Record<ItemState, string>> = { done: '✓', missed: '✕', upcoming: '○', rescheduled: '↷', skipped: '–', logged: '•' };

const local = (iso: string) => {
  const d = new Date(iso);
  return { day: format(d, 'yyyy-MM-dd'), time: format(d, 'HH:mm') };
};

/**
 * Slots sit on their planned day, or on their new day once rescheduled;
 * published posts that fulfil no slot are added as "logged".
 */
export function calendarItems(ws: Workspace, slots: readonly SlotStatus[], from: string, to: string): CalendarItem[] {
  const items: CalendarItem[] = slots.map((s) => ({
    id: s.key,
    ...(s.state === 'rescheduled' && s.rescheduledTo ? local(s.rescheduledTo) : local(s.start)),
    network: s.network,
    state: s.state,
    slot: s,
  }));
  const used = new Set(slots.map((s) => s.postId).filter((id) => id !== undefined));
  for (const post of ws.posts) {
    if (post.status !== 'published' || used.has(post.id)) continue;
    const at = local(post.date);
    if (at.day >= from && at.day <= to) items.push({ id: post.id, ...at, network: post.network, state: 'logged', post });
  }
  return items.sort((a, b) => (a.day + a.time).localeCompare(b.day + b.time));
}

/** Items grouped by local day. */
export function byDay(items: readonly CalendarItem[]): Map<string, CalendarItem[]> {
  const out = new Map<string, CalendarItem[]>();
  for (const item of items) out.set(item.day, [...(out.get(item.day) ?? []), item]);
  return out;
}
