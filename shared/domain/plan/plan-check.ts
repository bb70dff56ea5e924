/** What the plan's warning rules look at, built once per planFindings call. */
import type { Finding } from '../../schema/finding';
import type { Localized } from '../../schema/text';
import type { Post, Profile, Workspace } from '../../schema/workspace';
import { findingKey } from '../audit/engine';
import { networkLabel, profileLabels } from '../audit/labels';
import { isDeclining } from '../networks/catalog';
import { networkForWorkspace, type NetworkRegistry } from '../networks/registry';
import type { PlanRule } from './plan-rules';

export const DAY_MS = 86_400_000;
/** Recent activity the content rules judge: what the person can still act on. */
export const RECENT_DAYS = 30;

export interface DatedPost { post: Post; ms: number }

export interface PlanCheck {
  ws: Workspace;
  now: number;
  weekStartsOn: 0 | 1;
  registry: NetworkRegistry;
  /** Active profiles, workspace order. */
  active: Profile[];
  /**
   * The active profiles whose posting the plan judges (theme, rhythm): professional ones on
   * live networks. A personal profile owes nobody a theme or a cadence; a declining network's
   * profile gets advice about its fate, not about posting.
   */
  judged: Profile[];
  /** Posts with a valid date, oldest first, grouped by owner (see ownerKey). */
  postsByOwner: Map<string, DatedPost[]>;
  /** The profile an owner key stands for, when known. */
  ownerProfile: Map<string, Profile>;
}

/**
 * A post's owner: its profile, or the only active profile on its network,
 * or else the network itself ("net:<id>") so network-level rules still see it.
 */
function ownerKey(post: Post, byNetwork: Map<string, Profile | null>): string {
  if (post.profileId !== null) return post.profileId;
  const only = byNetwork.get(post.network);
  return only ? only.id : `net:${post.network}`;
}

export function createPlanCheck(ws: Workspace, now: Date, weekStartsOn: 0 | 1): PlanCheck {
  const active = ws.profiles.filter((p) => p.status === 'active');
  const byNetwork = new Map<string, Profile | null>();
  for (const p of active) byNetwork.set(p.network, byNetwork.has(p.network) ? null : p);
  const postsByOwner = new Map<string, DatedPost[]>();
  for (const post of ws.posts) {
    const ms = Date.parse(post.date);
    if (Number.isNaN(ms)) continue;
    const key = ownerKey(post, byNetwork);
    const list = postsByOwner.get(key) ?? [];
    list.push({ post, ms });
    postsByOwner.set(key, list);
  }
  for (const list of postsByOwner.values()) list.sort((a, b) => a.ms - b.ms);
  const ownerProfile = new Map(ws.profiles.map((p) => [p.id, p]));
  const registry = networkForWorkspace(ws);
  const judged = active.filter((p) => isJudged(p, registry));
  return { ws, now: now.getTime(), weekStartsOn, registry, active, judged, postsByOwner, ownerProfile };
}

/** See `PlanCheck.judged`. */
export function isJudged(profile: Profile, registry: NetworkRegistry): boolean {
  const network = registry.get(profile.network);
  return profile.status === 'active' && profile.audience === 'professional' && !(network && isDeclining(network));
}

/** Published posts of an owner dated in [from, to]. */
export function publishedBetween(check: PlanCheck, owner: string, from: number, to: number): DatedPost[] {
  return (check.postsByOwner.get(owner) ?? []).filter((d) => d.post.status === 'published' && d.ms >= from && d.ms <= to);
}

/** "LinkedIn — jeanne" for a profile owner, "LinkedIn" for a network owner, in both languages. */
export function ownerLabel(check: PlanCheck, owner: string, network: string): Localized {
  const p = check.ownerProfile.get(owner);
  return p ? profileLabels(p, check.registry) : { fr: networkLabel(network, check.registry, 'fr'), en: networkLabel(network, check.registry, 'en') };
}

export interface FindingSubject { profileId: string | null; network: string | null; detail?: string }

/** Who a finding is about; network owners put their network in the key so two never collide. */
export function ownerSubject(check: PlanCheck, owner: string, network: string, detail?: string): FindingSubject {
  const profileId = check.ownerProfile.get(owner)?.id ?? null;
  const parts = [...(profileId === null ? [network] : []), ...(detail === undefined ? [] : [detail])];
  return { profileId, network, ...(parts.length > 0 ? { detail: parts.join(':') } : {}) };
}

export function makeFinding(
  rule: PlanRule, subject: FindingSubject, message: Localized,
): Finding {
  return {
    key: findingKey(rule.code, subject.profileId, subject.detail ?? null),
    code: rule.code,
    severity: rule.severity,
    profileId: subject.profileId,
    network: subject.network,
    field: rule.field,
    message,
    why: rule.why,
    fix: rule.fix,
    points: rule.severity === 'info' ? 0 : rule.points,
  };
}

/** "12,5" in French, "12.5" in English: numbers inside Localized messages. */
export function num(n: number): Localized {
  const r = Math.round(n * 10) / 10;
  return { fr: String(r).replace('.', ','), en: String(r) };
}
