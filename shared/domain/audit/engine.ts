import type { Finding } from '../../schema/finding';
import type { NetworkDefinition } from '../../schema/network';
import type { Profile, ProfileStatus, Workspace } from '../../schema/workspace';
import { isDeclining } from '../networks/catalog';
import { PROFILE_RULES, WORKSPACE_RULES } from './catalog';
import { type AuditContext, createAuditContext, refreshAuditContext } from './context';
import { monthsBefore, type Now } from './dates';
import { profileLabel } from './labels';
import { type Coverage, profileCoverage, workspaceCoverage } from '../facts/state';
import { baseScore, breakdown, clampScore, mainProfileId, type PointsByCode, profileScore, scoreWeight } from './score';
import type { AuditFinding, AuditRule, FindingParams, ProfileCheck, ProfileRule, RuleHit } from './types';

export interface AuditOptions {
  now: Now;
  /** Findings made elsewhere (the posting plan's), scored with the audit's own. */
  extraFindings?: readonly Finding[];
  /** A context from an earlier audit of this workspace; refreshed, not rebuilt. */
  context?: AuditContext;
}

export interface ProfileAudit {
  id: string;
  network: string;
  url: string;
  status: ProfileStatus;
  audience: Profile['audience'];
  /** 100 minus the points of `breakdown`, clamped to 0–100. */
  score: number;
  /** Findings that count, errors first. */
  findings: AuditFinding[];
  /** Findings the user dismissed: shown apart, cost nothing. */
  dismissed: AuditFinding[];
  breakdown: PointsByCode[];
  /** The audited facts checked on this profile (see facts/state.ts). */
  coverage: Coverage;
  /** The main profile for the goal, which weighs more in the workspace score. */
  main: boolean;
}

export interface AuditReport {
  /** round(base − Σ workspace breakdown), clamped to 0–100 (see score.ts); shown only when `rated`. */
  score: number;
  /** False while nothing is checked on the scored profiles (or none is scored): no score yet, not a low one. */
  rated: boolean;
  /** Facts checked on the scored profiles, with its whole percent. */
  coverage: Coverage & { percent: number };
  mainProfileId: string | null;
  /** Weighted mean of the profile scores. */
  base: number;
  /** Points lost to workspace-level findings (no profile) and to the privacy findings of personal profiles. */
  breakdown: PointsByCode[];
  profiles: ProfileAudit[];
  /** Every finding that counts: profile and workspace ones, errors first. */
  findings: AuditFinding[];
  dismissed: AuditFinding[];
  /** Pass it back as `context` to re-audit after an edit. */
  context: AuditContext;
}

const DEFAULT_STATUSES: readonly ProfileStatus[] = ['active'];
const DEFAULT_AUDIENCES: readonly Profile['audience'][] = ['professional'];

export function findingKey(code: string, profileId: string | null, subject: string | null): string {
  const owned = `${code}:${profileId ?? '-'}`;
  return subject === null ? owned : `${owned}:${subject}`;
}

/**
 * Errors first, then warnings, then infos, each group in its given order: the
 * stable sort by severity, done in one pass because it runs on every finding.
 */
function bySeverity<F extends Finding>(lists: readonly (readonly F[])[]): F[] {
  const errors: F[] = [];
  const warnings: F[] = [];
  const infos: F[] = [];
  for (const list of lists) {
    for (const f of list) (f.severity === 'error' ? errors : f.severity === 'warning' ? warnings : infos).push(f);
  }
  for (const f of warnings) errors.push(f);
  for (const f of infos) errors.push(f);
  return errors;
}

/** The engine's `network` and `profile` params, then the hit's own: copied, not spread (a spread is many times slower here). */
function withNames(named: { network: string; profile: string }, own: FindingParams): FindingParams {
  const params: Record<string, FindingParams[string]> = { network: named.network, profile: named.profile };
  for (const k in own) params[k] = own[k]!;
  return params;
}

/**
 * `frParams`: the params with the network's French name, for a network whose
 * name differs in French (a network with `labelFr`); the French message is built from them.
 */
function makeFinding(rule: AuditRule, hit: RuleHit, profileId: string | null, network: string | null, params: FindingParams, frParams?: FindingParams): AuditFinding {
  const severity = hit.severity ?? rule.severity;
  const subject = hit.subject ?? null;
  return {
    key: findingKey(rule.code, profileId, subject),
    code: rule.code,
    severity,
    profileId,
    network,
    field: hit.field ?? rule.field,
    message: frParams ? { fr: rule.message(frParams as never).fr, en: rule.message(params as never).en } : rule.message(params as never),
    why: rule.why,
    fix: rule.fix,
    points: severity === 'info' ? 0 : (hit.points ?? rule.points),
    subject,
    params,
  };
}

function applies(rule: ProfileRule, network: NetworkDefinition, profile: Profile): boolean {
  if (isDeclining(network) && rule.onDeclining !== true) return false;
  if (!(rule.statuses ?? DEFAULT_STATUSES).includes(profile.status)) return false;
  if (!(rule.audiences ?? DEFAULT_AUDIENCES).includes(profile.audience)) return false;
  return typeof rule.appliesTo === 'function' ? rule.appliesTo(network) : rule.appliesTo.includes(network.id);
}

/** Which rules apply depends only on the network, status and audience: worked out once per combination. */
const RULES_FOR = new WeakMap<NetworkDefinition, Map<string, ProfileRule[]>>();

function rulesFor(network: NetworkDefinition, profile: Profile): readonly ProfileRule[] {
  let byKind = RULES_FOR.get(network);
  if (!byKind) RULES_FOR.set(network, (byKind = new Map()));
  const kind = `${profile.status}|${profile.audience}`;
  let rules = byKind.get(kind);
  if (!rules) byKind.set(kind, (rules = PROFILE_RULES.filter((r) => applies(r, network, profile))));
  return rules;
}

function runProfileRules(audit: AuditContext, profile: Profile, staleBefore: string): AuditFinding[] {
  const facts = audit.facts.get(profile.id);
  if (!facts) return [];
  const check: ProfileCheck = { profile, network: facts.network, limits: audit.registry.limitsFor(profile.network), facts, audit, staleBefore };
  const named = { network: facts.network.label, profile: profileLabel(profile, audit.registry) };
  const namedFr = facts.network.labelFr === undefined ? null : { network: facts.network.labelFr, profile: profileLabel(profile, audit.registry, 'fr') };
  const out: AuditFinding[] = [];
  for (const rule of rulesFor(facts.network, profile)) {
    for (const hit of rule.check(check)) {
      const fr = namedFr || hit.frParams ? ({ ...withNames(namedFr ?? named, hit.params), ...hit.frParams } as FindingParams) : undefined;
      out.push(makeFinding(rule, hit, profile.id, profile.network, withNames(named, hit.params), fr));
    }
  }
  return out;
}

/** Extra findings carry no params; a profile id that is not in the workspace makes them workspace-level. */
function adopt(extra: readonly Finding[], ws: Workspace): Map<string | null, AuditFinding[]> {
  const ids = new Set(ws.profiles.map((p) => p.id));
  const out = new Map<string | null, AuditFinding[]>();
  for (const f of extra) {
    const owner = f.profileId !== null && ids.has(f.profileId) ? f.profileId : null;
    out.set(owner, [...(out.get(owner) ?? []), { ...f, subject: null, params: {} }]);
  }
  return out;
}

/** Findings the user dismissed apart, the others by severity. */
function split(lists: readonly (readonly AuditFinding[])[], dismissedKeys: ReadonlySet<string>): { kept: AuditFinding[]; dismissed: AuditFinding[] } {
  if (dismissedKeys.size === 0) return { kept: bySeverity(lists), dismissed: [] };
  const kept: AuditFinding[] = [];
  const dismissed: AuditFinding[] = [];
  for (const list of lists) for (const f of list) (dismissedKeys.has(f.key) ? dismissed : kept).push(f);
  return { kept: bySeverity([kept]), dismissed };
}

function auditOne(audit: AuditContext, profile: Profile, staleBefore: string, extra: readonly AuditFinding[], dismissedKeys: ReadonlySet<string>, main: boolean): ProfileAudit {
  const { kept, dismissed } = split([runProfileRules(audit, profile, staleBefore), extra], dismissedKeys);
  const lost = breakdown(kept);
  const network = audit.facts.get(profile.id)?.network;
  const coverage = network ? profileCoverage(profile, network) : { checked: 0, total: 0 };
  return {
    id: profile.id, network: profile.network, url: profile.url, status: profile.status, audience: profile.audience,
    score: profileScore(lost), findings: kept, dismissed, breakdown: lost, coverage, main,
  };
}

function dismissedKeySet(ws: Workspace): Set<string> {
  return new Set(ws.dismissals.map((d) => d.key));
}

function contextFor(ws: Workspace, previous: AuditContext | undefined): AuditContext {
  return previous ? refreshAuditContext(previous, ws) : createAuditContext(ws);
}

/** Audits every profile and the workspace as a whole, and scores them (see score.ts). */
export function auditWorkspace(ws: Workspace, options: AuditOptions): AuditReport {
  const audit = contextFor(ws, options.context);
  const staleBefore = monthsBefore(options.now, ws.settings.staleMonths);
  const dismissedKeys = dismissedKeySet(ws);
  const extra = adopt(options.extraFindings ?? [], ws);

  const main = mainProfileId(ws);
  const profiles = ws.profiles.map((p) => auditOne(audit, p, staleBefore, extra.get(p.id) ?? [], dismissedKeys, p.id === main));
  const own: AuditFinding[] = [];
  for (const rule of WORKSPACE_RULES) {
    for (const hit of rule.check(audit)) own.push(makeFinding(rule, hit, null, null, hit.params, hit.frParams && ({ ...hit.params, ...hit.frParams } as FindingParams)));
  }
  const workspaceLevel = split([own, extra.get(null) ?? []], dismissedKeys);
  // A personal profile is not part of the professional presence (weight 0), but what exposes it costs the whole presence.
  const exposed = profiles.filter((p) => p.audience === 'personal').flatMap((p) => p.findings);
  const lost = breakdown([...workspaceLevel.kept, ...exposed]);
  const base = baseScore(profiles, (id) => audit.registry.get(id));
  const findings = bySeverity([...profiles.map((p) => p.findings), workspaceLevel.kept]);
  const dismissed = [...profiles.flatMap((p) => p.dismissed), ...workspaceLevel.dismissed];
  const coverage = workspaceCoverage(ws.profiles, (id) => audit.registry.get(id));
  return {
    score: clampScore(base - lost.reduce((sum, b) => sum + b.points, 0)),
    rated: profiles.some((p) => scoreWeight(p) > 0) && coverage.checked > 0,
    coverage,
    mainProfileId: main,
    base: Math.round(base * 10) / 10,
    breakdown: lost,
    profiles,
    findings,
    dismissed,
    context: audit,
  };
}

/**
 * Re-audits one profile after an edit (null if the id is not in the workspace).
 * Pass the context of the previous audit: only the edited profile's derived data
 * is recomputed. Findings of other profiles that depend on this one (a link
 * back to it) are refreshed by the next `auditWorkspace`.
 */
export function auditProfile(ws: Workspace, profileId: string, options: AuditOptions): ProfileAudit | null {
  const profile = ws.profiles.find((p) => p.id === profileId);
  if (!profile) return null;
  const audit = contextFor(ws, options.context);
  const extra = adopt((options.extraFindings ?? []).filter((f) => f.profileId === profileId), ws).get(profileId) ?? [];
  return auditOne(audit, profile, monthsBefore(options.now, ws.settings.staleMonths), extra, dismissedKeySet(ws), mainProfileId(ws) === profileId);
}
