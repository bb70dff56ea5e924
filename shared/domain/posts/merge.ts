import type { Post, Workspace } from '../../schema/workspace';
import { fnv1a64 } from './hash';
import type { ParsedPost, PostNetwork } from './types';

type SourceKind = 'linkedin-shares' | 'x-archive' | 'mastodon';

const SOURCE_KIND: Record<PostNetwork, SourceKind> = { linkedin: 'linkedin-shares', x: 'x-archive', mastodon: 'mastodon' };

function sourceKey(kind: string, externalId: string): string {
  return `${kind}\n${externalId}`;
}

/**
 * Workspace posts for parsed ones: published, with their source for
 * re-import matching. Ids derive from source and externalId, so importing
 * the same file twice yields the same ids; a clash with an existing id
 * gets a numeric suffix.
 */
export function toWorkspacePosts(parsed: ParsedPost[], workspace: Workspace, profileId: string | null, network?: string): Post[] {
  const taken = new Set(workspace.posts.map((p) => p.id));
  return parsed.map((p) => {
    const kind = SOURCE_KIND[p.network];
    const base = `${p.network}-${fnv1a64(sourceKey(kind, p.externalId))}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return {
      id,
      profileId,
      network: network ?? p.network,
      date: p.date,
      status: 'published',
      theme: '',
      text: p.text,
      link: p.link,
      promotional: false,
      notes: '',
      slotKey: null,
      source: { kind, externalId: p.externalId },
    };
  });
}

export interface MergePostsResult {
  result: Workspace;
  added: number;
  skippedDuplicates: number;
}

/**
 * Adds imported posts the workspace does not have yet, matched by source
 * kind and externalId, so running the same import again adds nothing. Does
 * not touch updatedAt: applying the import plan is the caller's business.
 */
export function mergePosts(workspace: Workspace, parsed: ParsedPost[], opts: { network: string; profileId: string | null }): MergePostsResult {
  const known = new Set<string>();
  for (const post of workspace.posts) if (post.source) known.add(sourceKey(post.source.kind, post.source.externalId));
  const fresh: ParsedPost[] = [];
  for (const p of parsed) {
    const key = sourceKey(SOURCE_KIND[p.network], p.externalId);
    if (known.has(key)) continue;
    known.add(key);
    fresh.push(p);
  }
  const added = toWorkspacePosts(fresh, workspace, opts.profileId, opts.network);
  return {
    result: { ...workspace, posts: [...workspace.posts, ...added] },
    added: added.length,
    skippedDuplicates: parsed.length - added.length,
  };
}
