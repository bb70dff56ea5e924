import type { ImportIssue } from '../../schema/import-plan';

export type PostNetwork = 'linkedin' | 'x' | 'mastodon';

/** A post read from an export, before it becomes a workspace Post. */
export interface ParsedPost {
  /** Stable across exports of the same account, for idempotent re-import. */
  externalId: string;
  network: PostNetwork;
  /** ISO date-time in UTC, ending in Z. */
  date: string;
  text: string;
  /** Address of the post itself when known, else of what it shared. */
  link: string;
  isRetweet?: boolean;
  isReply?: boolean;
}

export interface ParsedPosts {
  posts: ParsedPost[];
  issues: ImportIssue[];
  /** Records read from the files, including the ones skipped. */
  read: number;
}
