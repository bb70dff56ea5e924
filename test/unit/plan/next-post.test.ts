import { describe, expect, it } from 'vitest';
import { nextPlannedPost } from '../../../shared/domain/plan/next-post';
import { Post } from '../../../shared/schema/workspace';
import { profileWith, workspaceWith } from './helpers';

// Wednesdays 12:00–13:00 UTC from Monday 3 March 2025.
const weekly = profileWith({ count: 1, per: 'week', weekdays: [3], timeWindows: [{ start: '12:00', end: '13:00' }], timeZone: 'UTC', startDate: '2025-03-03' });
const post = (date: string, status: Post['status'], slotKey: string | null = null) =>
  Post.parse({ id: `post-${date}-${status}`, profileId: weekly.id, network: 'linkedin', date, status, slotKey });

describe('nextPlannedPost (the client list\'s "next post")', () => {
  it('is the next slot of the cadence after now', () => {
    const ws = workspaceWith({ profiles: [weekly] });
    const next = nextPlannedPost(ws, new Date('2025-03-06T09:00:00Z'));
    expect(next).not.toBeNull();
    expect(next!.slice(0, 10)).toBe('2025-03-12');
    expect(new Date(next!).getUTCDay()).toBe(3);
  });

  it('skips a slot already filled by a post that carries its key', () => {
    const ws0 = workspaceWith({ profiles: [weekly] });
    const now = new Date('2025-03-10T09:00:00Z');
    const first = nextPlannedPost(ws0, now)!;
    expect(first.slice(0, 10)).toBe('2025-03-12');
    const key = `${weekly.id}:2025-03-12:0`;
    const ws = workspaceWith({ profiles: [weekly], posts: [post('2025-03-12T12:30:00Z', 'skipped', key)] });
    expect(nextPlannedPost(ws, now)?.slice(0, 10)).toBe('2025-03-19');
  });

  it('is an idea or draft dated before the next slot, compared as instants whatever the offset', () => {
    const ws = workspaceWith({ profiles: [weekly], posts: [post('2025-03-11T08:00:00+02:00', 'draft'), post('2025-03-10T08:00:00Z', 'published')] });
    expect(nextPlannedPost(ws, new Date('2025-03-10T09:00:00Z'))).toBe('2025-03-11T06:00:00.000Z');
  });

  it('is null when nothing is planned: no cadence, and only past or published posts', () => {
    const ws = workspaceWith({ profiles: [profileWith(null)], posts: [post('2025-03-01T08:00:00Z', 'idea'), post('2025-04-01T08:00:00Z', 'published')] });
    expect(nextPlannedPost(ws, new Date('2025-03-10T09:00:00Z'))).toBeNull();
  });
});
