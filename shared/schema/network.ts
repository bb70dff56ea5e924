import { z } from 'zod';

/** How a network is used: purely professional, personal, or both. */
export const NetworkKind = z.enum(['professional', 'personal', 'mixed']);
export type NetworkKind = z.infer<typeof NetworkKind>;

/** Profile fields the audit and the editor know about. */
export const ProfileField = z.enum([
  'photo', 'displayName', 'headline', 'summary', 'location', 'links', 'keywords', 'url', 'handle',
  'followOpen', 'wallRestricted', 'lastReviewed', 'theme', 'cadence', 'status', 'audience',
]);
export type ProfileField = z.infer<typeof ProfileField>;

/** Character limits; every number in the catalog carries its source in a comment. */
export const FieldLimits = z.object({
  nameMax: z.number().int().positive().optional(),
  headlineMax: z.number().int().positive().optional(),
  summaryMin: z.number().int().nonnegative().optional(),
  summaryMax: z.number().int().positive().optional(),
  keywordsMin: z.number().int().nonnegative().optional(),
  keywordsMax: z.number().int().positive().optional(),
});
export type FieldLimits = z.infer<typeof FieldLimits>;

/** Recommended posting range, the default for the plan's cadence. */
export const PostingRange = z.object({
  minPerWeek: z.number().nonnegative(),
  maxPerWeek: z.number().positive(),
  maxPerDay: z.number().positive(),
  source: z.string().min(1),
  /** French wording of `source` (user-defined networks may leave it out: `source` is then shown as typed). */
  sourceFr: z.string().min(1).optional(),
});
export type PostingRange = z.infer<typeof PostingRange>;

/** What one post may hold on the network, for the post composer, with where the numbers come from. */
export const PostLimits = z.object({
  maxChars: z.number().int().positive(),
  /** The feed shows at most this many characters (or `foldLines` lines) before "see more". */
  foldChars: z.number().int().positive().optional(),
  foldLines: z.number().int().positive().optional(),
  source: z.string().min(1),
  sourceFr: z.string().min(1).optional(),
});
export type PostLimits = z.infer<typeof PostLimits>;

/** A path kind that is not a person's profile (company page, post, reserved word). */
export const NonProfilePath = z.object({
  /** Path prefix, lower case, e.g. "/company/"; a segment written `*` matches any one segment (X statuses). */
  prefix: z.string().min(1),
  reason: z.string().min(1),
  /** French wording of `reason`; user-defined networks may leave it out (the reason is then shown as typed). */
  reasonFr: z.string().min(1).optional(),
});

export const NetworkDefinition = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
  label: z.string().min(1),
  /** French label, where it differs (a custom network named in both languages). */
  labelFr: z.string().min(1).optional(),
  kind: NetworkKind,
  builtIn: z.boolean().default(false),
  /** Set for networks whose survival is in doubt (Viadeo). */
  legacy: z.boolean().default(false),
  /** Registrable hosts, without "www." (subdomains such as fr., m., mobile. are accepted). */
  hosts: z.array(z.string().min(1)).default([]),
  /**
   * Profile URL templates relative to a host, with one `{handle}` placeholder,
   * e.g. "/in/{handle}" or "/@{handle}". Tried in order. A segment written `*` matches any one
   * segment (Viadeo's language prefix); a query form reads the handle from a parameter
   * ("/profile.php?id={handle}").
   */
  profilePaths: z.array(z.string().min(1)).default([]),
  /** Canonical profile URL with `{handle}`, e.g. "https://www.linkedin.com/in/{handle}". */
  canonicalUrl: z.string().min(1).optional(),
  /** First path segments that are never handles (reserved paths). */
  reservedHandles: z.array(z.string()).default([]),
  nonProfilePaths: z.array(NonProfilePath).default([]),
  /** Handle syntax check, a regex source without anchors. */
  handlePattern: z.string().optional(),
  /**
   * Handles are case-insensitive unless this is true (then the case typed is kept and compared).
   * Optional so that existing definitions stay valid.
   */
  handleCaseSensitive: z.boolean().optional(),
  /** Fediverse-style `@user@host` handles (Mastodon). */
  fediverse: z.boolean().default(false),
  limits: FieldLimits.default({}),
  recommendedFields: z.array(ProfileField).default(['photo', 'displayName', 'headline', 'summary']),
  posting: PostingRange.optional(),
  post: PostLimits.optional(),
  /** Trades for which this network is a must, e.g. "pharmacist", "freelance", "developer". */
  trades: z.array(z.string()).default([]),
  /** What the network offers, so rules only fire where they make sense. */
  features: z.object({
    follow: z.boolean().default(false),
    wall: z.boolean().default(false),
    keywords: z.boolean().default(false),
  }).default({ follow: false, wall: false, keywords: false }),
  /** Extra fields a user-defined network asks for (label per key). */
  customFields: z.array(z.object({ key: z.string().min(1), label: z.string().min(1) })).default([]),
});
export type NetworkDefinition = z.infer<typeof NetworkDefinition>;
export type NetworkDefinitionInput = z.input<typeof NetworkDefinition>;
