import type { NetworkDefinition } from '../../schema/network';
import type { Profile, ProfileStatus, Workspace } from '../../schema/workspace';
import { MARKETPLACES, networkScoreWeight } from '../networks/catalog';
import type { AuditFinding } from './types';

/**
 * How scores are made (README, "How the score is made", has a worked example):
 * - only what is known is judged: a fact nobody checked costs nothing and goes
 *   to the profile's "to verify" item; the coverage (share of the audited facts
 *   that are checked) is shown beside the score, and a client with nothing
 *   checked has no score yet;
 * - a profile starts at 100 and loses the points of each of its findings that is
 *   not dismissed (info findings cost 0); the result is clamped to 0–100;
 * - the workspace score is the mean of the profile scores weighted by status
 *   (active 1, dormant ½; profiles to create or to close are not scored) and
 *   audience (personal profiles are not part of the professional presence: weight 0) and network
 *   (a declining network's profile weighs ¼, see the catalog's `networkScoreWeight`), the main
 *   profile for the goal counting MAIN_WEIGHT times, minus the points of the workspace-level
 *   findings (no profile) and of personal profiles' findings (only privacy rules run there: what
 *   exposes them costs the whole presence), rounded and clamped to 0–100;
 * - a workspace with no scored profile starts from 0: there is nothing to show yet.
 */
export const STATUS_WEIGHT: Readonly<Record<ProfileStatus, number>> = { active: 1, dormant: 0.5, 'to-create': 0, 'to-close': 0 };

/** The profile recruiters or clients see first counts as much as three others. */
export const MAIN_WEIGHT = 3;

/**
 * The profile that matters most for the goal: the one the user picked, else
 * LinkedIn for a job search, the first freelance marketplace (catalog `MARKETPLACES`: Malt…) for a
 * freelancer; none otherwise. Only an active professional profile qualifies.
 */
export function mainProfileId(ws: Pick<Workspace, 'mainProfileId' | 'profiles' | 'person'>): string | null {
  const candidates = ws.profiles.filter((p) => p.status === 'active' && p.audience === 'professional');
  if (ws.mainProfileId !== null && candidates.some((p) => p.id === ws.mainProfileId)) return ws.mainProfileId;
  const goal = ws.person.goal;
  if (goal === 'job-search') return candidates.find((p) => p.network === 'linkedin')?.id ?? null;
  if (goal === 'freelance') return candidates.find((p) => MARKETPLACES.some((m) => m.network === p.network))?.id ?? null;
  return null;
}

export interface PointsByCode {
  code: string;
  points: number;
}

/** Points lost per rule code, largest first: the "why this score" list. */
export function breakdown(findings: readonly AuditFinding[]): PointsByCode[] {
  const byCode = new Map<string, number>();
  for (const f of findings) if (f.points > 0) byCode.set(f.code, (byCode.get(f.code) ?? 0) + f.points);
  const out: PointsByCode[] = [];
  for (const [code, points] of byCode) out.push({ code, points });
  return out.sort((a, b) => b.points - a.points || a.code.localeCompare(b.code));
}

export function clampScore(n: number): number {
  return Math.min(100, Math.max(0, Math.round(n)));
}

export function profileScore(lost: readonly PointsByCode[]): number {
  return clampScore(100 - lost.reduce((sum, b) => sum + b.points, 0));
}

/**
 * A profile's weight in the workspace score (0: shown, but not scored): the main profile counts
 * MAIN_WEIGHT times, a declining network's profile less (catalog `networkScoreWeight`).
 */
export function scoreWeight(
  profile: { status: ProfileStatus; audience: Profile['audience']; main?: boolean },
  network?: Pick<NetworkDefinition, 'legacy'>,
): number {
  if (profile.audience === 'personal') return 0;
  return STATUS_WEIGHT[profile.status] * (profile.main ? MAIN_WEIGHT : 1) * (network ? networkScoreWeight(network) : 1);
}

/** The weighted mean of profile scores, before workspace-level findings. */
export function baseScore(
  profiles: readonly { status: ProfileStatus; audience: Profile['audience']; main?: boolean; network?: string; score: number }[],
  networkOf: (id: string) => NetworkDefinition | undefined = () => undefined,
): number {
  let weighted = 0;
  let weights = 0;
  for (const p of profiles) {
    const w = scoreWeight(p, p.network === undefined ? undefined : networkOf(p.network));
    weighted += w * p.score;
    weights += w;
  }
  return weights === 0 ? 0 : weighted / weights;
}
