import type { Profile } from '../../schema/workspace';
import { mergePosts } from '../posts/merge';
import type { ParsedPosts } from '../posts/types';
import type { Draft } from './draft';

/**
 * Adds parsed posts to the draft on `profile`. Posts already imported (same
 * source and id) are left alone, so importing the same export twice adds
 * nothing. One preview line per import, not per post: a real archive has thousands.
 */
export function mergeParsedPosts(draft: Draft, profile: Profile, parsed: ParsedPosts): void {
  draft.issues.push(...parsed.issues);
  draft.count('posts', parsed.posts.length);
  const merged = mergePosts(draft.ws, parsed.posts, { network: profile.network, profileId: profile.id });
  draft.ws.posts = merged.result.posts;
  if (merged.added > 0) {
    draft.changes.push({ kind: 'add', entity: 'post', label: `${draft.label(profile)}: ${merged.added} posts`, field: null, before: null, after: String(merged.added) });
  }
  if (merged.skippedDuplicates > 0) {
    draft.issue('skipped', null, null, {
      fr: `${merged.skippedDuplicates} posts déjà présents dans l’espace de travail, non réimportés.`,
      en: `${merged.skippedDuplicates} posts already in the workspace, not imported again.`,
    });
  }
}
