import { z } from 'zod';
import { Workspace } from './workspace';

/** One line of an import preview: what will be added or changed. */
export const ImportChange = z.object({
  kind: z.enum(['add', 'change']),
  entity: z.enum(['person', 'profile', 'post', 'workspace']),
  /** Human label, e.g. "LinkedIn — jeanne-dupont" or "person.headline". */
  label: z.string(),
  field: z.string().nullable().default(null),
  before: z.string().nullable().default(null),
  after: z.string().nullable().default(null),
});
export type ImportChange = z.infer<typeof ImportChange>;

/** Something read but not imported, or a problem, located by line or field. */
export const ImportIssue = z.object({
  level: z.enum(['skipped', 'warning', 'error']),
  /** File name inside the import, when there are several. */
  file: z.string().nullable().default(null),
  /** 1-based line, or a field path such as "basics.profiles[2].url". */
  where: z.string().nullable().default(null),
  message: z.string(),
});
export type ImportIssue = z.infer<typeof ImportIssue>;

/**
 * The result of reading an import without applying it. Applying means
 * replacing the workspace with `result`; undo means putting the old one back.
 */
export const ImportPlan = z.object({
  format: z.enum(['vitrine-workspace', 'json-resume', 'linkedin-export', 'x-archive', 'linkedin-shares', 'x-tweets', 'linkedin-pdf', 'saved-page', 'github', 'mastodon']),
  result: Workspace,
  changes: z.array(ImportChange),
  issues: z.array(ImportIssue),
  /** Counts read per kind, e.g. {profiles: 3, posts: 202}. */
  read: z.record(z.string(), z.number()),
});
export type ImportPlan = z.infer<typeof ImportPlan>;
