import { z } from 'zod';
import { FieldLimits, NetworkDefinition } from './network';

/** ISO calendar date, YYYY-MM-DD. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
/** ISO date-time with offset or Z. */
export const IsoDateTime = z.iso.datetime({ offset: true });

export const Trade = z.string().max(80);
export const Goal = z.enum(['job-search', 'freelance', 'ambassador', 'other']);
export type Goal = z.infer<typeof Goal>;

export const Audience = z.enum(['professional', 'personal']);
export const ProfileStatus = z.enum(['active', 'to-create', 'dormant', 'to-close']);
export type ProfileStatus = z.infer<typeof ProfileStatus>;

/** A past or present job: feeds the pasted-CV detector and keyword suggestions. */
export const Position = z.object({
  title: z.string().default(''),
  company: z.string().default(''),
  start: z.string().default(''),
  end: z.string().default(''),
  description: z.string().default(''),
});
export type Position = z.infer<typeof Position>;

/** A school or degree, as JSON Resume's `education[]` has it; dates as written (`2014`, `2014-09`). */
export const Education = z.object({
  institution: z.string().max(300).default(''),
  /** Field of study, e.g. "Pharmacie". */
  area: z.string().max(300).default(''),
  /** Degree, e.g. "Doctorat", "Master". */
  studyType: z.string().max(200).default(''),
  startDate: z.string().max(40).default(''),
  endDate: z.string().max(40).default(''),
});
export type Education = z.infer<typeof Education>;

/** A certification (JSON Resume `certificates[]`: name, issuer, date, url). */
export const Certification = z.object({
  name: z.string().max(300).default(''),
  issuer: z.string().max(300).default(''),
  date: z.string().max(40).default(''),
  /** Its verification page, as the file gives it (never opened by Vitrine); tells apart two certificates of one name. */
  url: z.string().max(2048).default(''),
});
export type Certification = z.infer<typeof Certification>;

export const Person = z.object({
  displayName: z.string().max(200).default(''),
  headline: z.string().max(500).default(''),
  summary: z.string().max(20000).default(''),
  location: z.string().max(200).default(''),
  /**
   * The person's picture as a résumé gives it (JSON Resume `basics.image`): an
   * address or a file name, kept as text; Vitrine never downloads it.
   */
  image: z.string().max(2048).default(''),
  languages: z.array(z.string().max(60)).default([]),
  trade: Trade.default(''),
  goal: Goal.default('other'),
  /** The person's own sites (a site listing their profiles counts as a cross-link hub). */
  websites: z.array(z.string()).default([]),
  positions: z.array(Position).default([]),
  skills: z.array(z.string()).default([]),
  /** Kept from a résumé or LinkedIn's PDF; shown read-only on the person card. */
  education: z.array(Education).default([]),
  certifications: z.array(Certification).default([]),
});
export type Person = z.infer<typeof Person>;

/** One theme per network profile, so the same content is not posted everywhere. */
export const Theme = z.object({
  title: z.string().max(120).default(''),
  keywords: z.array(z.string().max(60)).max(7).default([]),
  audience: z.string().max(200).default(''),
  tone: z.string().max(120).default(''),
  goal: z.string().max(200).default(''),
});
export type Theme = z.infer<typeof Theme>;

export const TimeWindow = z.object({
  start: z.string().regex(/^\d{2}:\d{2}$/),
  end: z.string().regex(/^\d{2}:\d{2}$/),
});
export const Pause = z.object({ start: IsoDate, end: IsoDate, label: z.string().max(120).default('') });

export const Cadence = z.object({
  count: z.number().int().min(1).max(100),
  per: z.enum(['week', 'month']),
  /** 0 = Sunday … 6 = Saturday; empty means any day. */
  weekdays: z.array(z.number().int().min(0).max(6)).default([]),
  timeWindows: z.array(TimeWindow).default([]),
  timeZone: z.string().min(1).default('Europe/Paris'),
  pauses: z.array(Pause).default([]),
  startDate: IsoDate,
  endDate: IsoDate.nullable().default(null),
  /** Over-posting thresholds; default to the network's recommended range. */
  maxPerDay: z.number().positive().optional(),
  maxPerWeek: z.number().positive().optional(),
});
export type Cadence = z.infer<typeof Cadence>;

/** Vitrine's own copy of the profile picture; whether the live profile shows one is `facts.photo`. */
export const Photo = z.object({
  /** File name inside the app's data folder (never an absolute path). */
  file: z.string().regex(/^[\w.-]+$/).optional(),
});

/**
 * What Vitrine knows about one audited fact of a profile: known (its value is
 * in the profile's field), known absent, or not checked yet. Unknown is not
 * missing: the audit only judges what is known.
 */
export const FactState = z.enum(['known', 'absent', 'unchecked']);
export type FactState = z.infer<typeof FactState>;
export const FactSourceKind = z.enum(['typed', 'person', 'resume', 'linkedin-export', 'linkedin-pdf', 'saved-page', 'github', 'mastodon', 'x-archive']);
export type FactSourceKind = z.infer<typeof FactSourceKind>;
/** Where a fact was learnt and when (the file's date, or the day it was typed). */
export const FactSource = z.object({
  kind: FactSourceKind,
  at: IsoDate.nullable().default(null),
  /** e.g. the file it was read from; empty when typed. */
  label: z.string().max(300).default(''),
});
export type FactSource = z.infer<typeof FactSource>;
export const FactCheck = z.object({
  state: FactState.default('unchecked'),
  source: FactSource.nullable().default(null),
});
export type FactCheck = z.infer<typeof FactCheck>;

/** The audited facts of a profile, in the order the editor and the "to verify" list show them. */
export const FACT_NAMES = ['displayName', 'headline', 'photo', 'summary', 'keywords', 'links', 'followOpen', 'wallRestricted'] as const;
export type FactName = (typeof FACT_NAMES)[number];

const unchecked = (): FactCheck => ({ state: 'unchecked', source: null });
export const ProfileFacts = z.object({
  displayName: FactCheck.default(unchecked),
  headline: FactCheck.default(unchecked),
  photo: FactCheck.default(unchecked),
  summary: FactCheck.default(unchecked),
  keywords: FactCheck.default(unchecked),
  links: FactCheck.default(unchecked),
  followOpen: FactCheck.default(unchecked),
  wallRestricted: FactCheck.default(unchecked),
});
export type ProfileFacts = z.infer<typeof ProfileFacts>;

/** A link seen on the live profile in a file (a saved page, LinkedIn's PDF…), next to the declared `links`. */
export const SeenLink = z.object({ url: z.string().max(2048), source: FactSource });
export type SeenLink = z.infer<typeof SeenLink>;

export const Profile = z.object({
  id: z.string().min(1),
  network: z.string().min(1),
  url: z.string().max(2048).default(''),
  handle: z.string().max(200).default(''),
  displayName: z.string().max(200).default(''),
  headline: z.string().max(1000).default(''),
  summary: z.string().max(20000).default(''),
  photo: Photo.default(() => ({})),
  location: z.string().max(200).default(''),
  /** URLs the profile shows: other profiles or sites. */
  links: z.array(z.string().max(2048)).default([]),
  /** Keywords / skills / Xing haves, where the network has them. */
  keywords: z.array(z.string().max(100)).default([]),
  audience: Audience.default('professional'),
  status: ProfileStatus.default('active'),
  /** null where the network has no such setting. */
  followOpen: z.boolean().nullable().default(null),
  wallRestricted: z.boolean().nullable().default(null),
  lastReviewed: IsoDate.nullable().default(null),
  notes: z.string().max(20000).default(''),
  customFields: z.record(z.string(), z.string()).default({}),
  theme: Theme.nullable().default(null),
  cadence: Cadence.nullable().default(null),
  /** What is known of each audited fact and where it came from; a profile given without them has checked nothing. */
  facts: ProfileFacts.default(() => ProfileFacts.parse({})),
  seenLinks: z.array(SeenLink).default([]),
});
export type Profile = z.infer<typeof Profile>;
export type ProfileInput = z.input<typeof Profile>;

export const PostStatus = z.enum(['idea', 'draft', 'published', 'skipped']);
export const Post = z.object({
  id: z.string().min(1),
  profileId: z.string().nullable().default(null),
  network: z.string().min(1),
  /** When it was (or is to be) published. */
  date: IsoDateTime,
  status: PostStatus.default('idea'),
  theme: z.string().max(120).default(''),
  text: z.string().max(100000).default(''),
  link: z.string().max(2048).default(''),
  promotional: z.boolean().default(false),
  notes: z.string().max(20000).default(''),
  /** The planned slot this post fulfils or replaces (reschedule), if any. */
  slotKey: z.string().nullable().default(null),
  /** Where an imported post came from, for idempotent re-imports. */
  source: z.object({ kind: z.enum(['manual', 'linkedin-shares', 'x-archive', 'mastodon']), externalId: z.string() }).nullable().default(null),
});
export type Post = z.infer<typeof Post>;

/** A finding the user chose to ignore, with why; reversible. */
export const Dismissal = z.object({
  key: z.string().min(1),
  code: z.string().min(1),
  profileId: z.string().nullable().default(null),
  reason: z.string().max(500).default(''),
  at: IsoDateTime,
});
export type Dismissal = z.infer<typeof Dismissal>;

export const ScorePoint = z.object({
  at: IsoDateTime,
  score: z.number().min(0).max(100),
  /** Findings of severity "error" in that audit (absent in points recorded before it was kept). */
  errors: z.number().int().min(0).optional(),
});

export const WorkspaceSettings = z.object({
  /** A profile not reviewed for this many months is stale. */
  staleMonths: z.number().int().min(1).max(60).default(12),
});

/** The report's optional sections (the cover and the summary always print). */
export const ReportSection = z.enum(['nextSteps', 'findings', 'links', 'themes', 'plan', 'regularity', 'progress']);
export type ReportSection = z.infer<typeof ReportSection>;

/** The consultant's choices for this client's report, kept with the client. */
export const ReportSettings = z.object({
  /** "Next steps": the consultant's own words for the client, free text. */
  nextSteps: z.string().max(20000).default(''),
  /** Sections left out of the report. */
  hidden: z.array(ReportSection).default([]),
});
export type ReportSettings = z.infer<typeof ReportSettings>;

export const Workspace = z.object({
  id: z.string().min(1),
  name: z.string().min(1).max(200),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  archived: z.boolean().default(false),
  person: Person.default(Person.parse({})),
  profiles: z.array(Profile).default([]),
  /** The profile that weighs most in the score; null: the goal decides (LinkedIn for a job search, the marketplace for a freelancer). */
  mainProfileId: z.string().nullable().default(null),
  customNetworks: z.array(NetworkDefinition).default([]),
  /** Per-network overrides of built-in limits. */
  limitOverrides: z.record(z.string(), FieldLimits).default({}),
  posts: z.array(Post).default([]),
  dismissals: z.array(Dismissal).default([]),
  scoreHistory: z.array(ScorePoint).default([]),
  settings: WorkspaceSettings.default(WorkspaceSettings.parse({})),
  report: ReportSettings.default(ReportSettings.parse({})),
});
export type Workspace = z.infer<typeof Workspace>;
export type WorkspaceInput = z.input<typeof Workspace>;
