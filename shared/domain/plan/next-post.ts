import type { Workspace } from '../../schema/workspace';
import { planSlots } from './slots';

/** How far ahead the client list looks for the next post: two months covers any cadence Vitrine plans. */
const HORIZON_DAYS = 62;
const DAY_MS = 86_400_000;

/**
 * When the client's next post is due, as an ISO instant: the earliest of the
 * plan's coming slots not yet filled by a post, and of the ideas and drafts
 * dated from `now` on. Null when nothing is planned.
 */
export function nextPlannedPost(ws: Workspace, now: Date): string | null {
  const at = now.toISOString();
  const nowMs = now.getTime();
  // One day either side of the UTC dates: slot dates are local to each profile's time zone.
  const range = { from: new Date(now.getTime() - DAY_MS).toISOString().slice(0, 10), to: new Date(now.getTime() + HORIZON_DAYS * DAY_MS).toISOString().slice(0, 10) };
  const filled = new Set(ws.posts.flatMap((p) => (p.slotKey === null ? [] : [p.slotKey])));
  const slot = planSlots(ws.profiles, range, { weekStartsOn: 1 }).slots.find((s) => s.start >= at && !filled.has(s.key));
  // Post dates may carry any offset: compare instants, not strings.
  let next = slot ? Date.parse(slot.start) : Infinity;
  for (const p of ws.posts) {
    const ms = Date.parse(p.date);
    if ((p.status === 'idea' || p.status === 'draft') && ms >= nowMs && ms < next) next = ms;
  }
  return next === Infinity ? null : new Date(next).toISOString();
}
