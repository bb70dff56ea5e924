import { describe, expect, it } from 'vitest';
import { Workspace } from '../../../shared/schema/workspace';
import { mergePosts, parseLinkedInShares, toWorkspacePosts, type ParsedPost } from '../../../shared/domain/posts';
import { utf8 } from '../../fixtures/posts/bytes';
import { SHARES_2025 } from '../../fixtures/posts/shares';

const T = '2025-01-01T00:00:00Z';
const empty = () => Workspace.parse({ id: 'w1', name: 'Jeanne', createdAt: T, updatedAt: T });

describe('mergePosts', () => {
  const parsed = parseLinkedInShares(utf8(SHARES_2025)).posts;

  it('adds published posts that satisfy the workspace schema', () => {
    const { result, added, skippedDuplicates } = mergePosts(empty(), parsed, { network: 'linkedin', profileId: 'p1' });
    expect([added, skippedDuplicates]).toEqual([3, 0]);
    expect(() => Workspace.parse(result)).not.toThrow();
    expect(result.posts[0]).toMatchObject({
      profileId: 'p1', network: 'linkedin', status: 'published', date: '2025-07-01T14:33:22Z',
      source: { kind: 'linkedin-shares', externalId: parsed[0]?.externalId },
    });
  });

  it('is idempotent: importing again adds nothing and keeps ids', () => {
    const once = mergePosts(empty(), parsed, { network: 'linkedin', profileId: 'p1' });
    const twice = mergePosts(once.result, parsed, { network: 'linkedin', profileId: 'p1' });
    expect([twice.added, twice.skippedDuplicates]).toEqual([0, 3]);
    expect(twice.result.posts).toEqual(once.result.posts);
    const again = mergePosts(empty(), parsed, { network: 'linkedin', profileId: 'p1' });
    expect(again.result.posts.map((p) => p.id)).toEqual(once.result.posts.map((p) => p.id));
  });

  it('adds only the new posts of a later export, and does not mutate its input', () => {
    const ws = empty();
    const first = mergePosts(ws, parsed.slice(1), { network: 'linkedin', profileId: null });
    const later = mergePosts(first.result, parsed, { network: 'linkedin', profileId: null });
    expect([later.added, later.skippedDuplicates]).toEqual([1, 2]);
    expect(ws.posts).toEqual([]);
  });

  it('matches by source kind: a tweet and a share with the same externalId are different posts', () => {
    const tweet: ParsedPost = { externalId: '1', network: 'x', date: T, text: '', link: '' };
    const share: ParsedPost = { ...tweet, network: 'linkedin' };
    const { added } = mergePosts(mergePosts(empty(), [tweet], { network: 'x', profileId: null }).result, [share], { network: 'linkedin', profileId: null });
    expect(added).toBe(1);
  });

  it('counts duplicates inside one import once', () => {
    const { added, skippedDuplicates } = mergePosts(empty(), [parsed[0]!, parsed[0]!], { network: 'linkedin', profileId: null });
    expect([added, skippedDuplicates]).toEqual([1, 1]);
  });
});

describe('toWorkspacePosts', () => {
  it('avoids id clashes with existing posts', () => {
    const post: ParsedPost = { externalId: 'e', network: 'x', date: T, text: 't', link: '' };
    const [first] = toWorkspacePosts([post], empty(), null);
    const ws = { ...empty(), posts: [{ ...first!, source: null }] };
    const [second] = toWorkspacePosts([post], ws, null);
    expect(second?.id).toBe(`${first?.id}-2`);
  });
});
