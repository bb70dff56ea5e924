import type { Finding, Severity } from '../../schema/finding';
import type { FieldLimits, NetworkDefinition, ProfileField } from '../../schema/network';
import type { Localized } from '../../schema/text';
import type { Profile, ProfileStatus } from '../../schema/workspace';
import type { AuditContext, ProfileFacts } from './context';

/** The concrete values behind a finding's message, kept for the UI and tests. */
export type ParamValue = string | number | readonly string[] | readonly number[];
export type FindingParams = Readonly<Record<string, ParamValue>>;

/** A Finding with the subject and values it was built from. */
export type AuditFinding = Finding & {
  /** The other subject of the finding (a profile id, a network id, a link), if any. */
  subject: string | null;
  params: FindingParams;
};

/** What a rule's check returns for each problem it sees. */
export interface RuleHit<P extends FindingParams = FindingParams> {
  params: P;
  /** The params that differ in the French message (another profile's French network name). */
  frParams?: Partial<P>;
  /** Other subject, part of the finding's key (e.g. the profile a link is missing to). */
  subject?: string;
  /** Overrides the rule's severity (an info-level variant of a warning). */
  severity?: Severity;
  /** Overrides the rule's points, for a problem that weighs more in this case (the main profile isolated). */
  points?: number;
  /** Overrides the rule's field, where "Fix it" opens the editor (the first fact to verify). */
  field?: ProfileField;
}

interface RuleBase<P extends FindingParams> {
  /** Stable kebab-case code; part of dismissal keys, never rename. */
  code: string;
  severity: Severity;
  field: ProfileField | null;
  why: Localized;
  fix: Localized;
  /** Points one finding costs (info findings always cost 0). */
  points: number;
  /**
   * Builds the message. The engine adds `network` (the network's label) and
   * `profile` (a readable profile label) to the params of profile rules.
   */
  message(params: P & { network: string; profile: string }): Localized;
}

/** Everything a profile rule may look at. */
export interface ProfileCheck {
  profile: Profile;
  network: NetworkDefinition;
  /** The network's limits with the workspace's overrides applied. */
  limits: FieldLimits;
  facts: ProfileFacts;
  audit: AuditContext;
  /** ISO date; a profile last reviewed before it is stale. */
  staleBefore: string;
}

export interface ProfileRule<P extends FindingParams = FindingParams> extends RuleBase<P> {
  scope: 'profile';
  /** Network ids, or a predicate so that user-defined networks are audited too. */
  appliesTo: readonly string[] | ((network: NetworkDefinition) => boolean);
  /** Statuses the rule looks at; active profiles only when absent. */
  statuses?: readonly ProfileStatus[];
  /** Audiences the rule looks at; professional profiles only when absent (a personal profile owes nobody a headline). */
  audiences?: readonly Profile['audience'][];
  /**
   * Whether the rule still looks at profiles on a declining network (catalog `isDeclining`):
   * there the advice is about the profile's fate, so only address, privacy and safety rules run.
   */
  onDeclining?: boolean;
  check(ctx: ProfileCheck): RuleHit<P>[];
}

export interface WorkspaceRule<P extends FindingParams = FindingParams> extends RuleBase<P> {
  scope: 'workspace';
  check(ctx: AuditContext): RuleHit<P>[];
}

export type AuditRule = ProfileRule | WorkspaceRule;

/** Type-checks a rule against its own params, then erases them for the catalogue. */
export function profileRule<P extends FindingParams>(rule: Omit<ProfileRule<P>, 'scope'>): ProfileRule {
  return { ...rule, scope: 'profile' } as unknown as ProfileRule;
}

export function workspaceRule<P extends FindingParams>(rule: Omit<WorkspaceRule<P>, 'scope'>): WorkspaceRule {
  return { ...rule, scope: 'workspace' } as unknown as WorkspaceRule;
}
