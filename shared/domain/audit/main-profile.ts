import type { Profile, Workspace } from '../../schema/workspace';
import type { NetworkRegistry } from '../networks/registry';
import type { Lang } from '../../schema/text';
import { networkLabel, profileLabel } from './labels';
import { mainProfileId } from './score';

/** Why a profile is the main one: the user picked it, or the goal chose it. */
export type MainProfileReason = 'picked' | 'job-search' | 'freelance';

export interface MainProfileChoice {
  id: string;
  why: MainProfileReason;
}

type MainInput = Pick<Workspace, 'mainProfileId' | 'profiles' | 'person'>;

/** The main profile the score weighs most (score.ts `mainProfileId`) and why; null when there is none. */
export function mainProfileChoice(ws: MainInput): MainProfileChoice | null {
  const id = mainProfileId(ws);
  if (id === null) return null;
  const goal = ws.person.goal;
  if (ws.mainProfileId !== id && (goal === 'job-search' || goal === 'freelance')) return { id, why: goal };
  return { id, why: 'picked' };
}

/** Whether the score would take this profile as the main one if picked (an active, professional profile). */
export function canBeMain(ws: MainInput, profile: Pick<Profile, 'id'>): boolean {
  return mainProfileId({ ...ws, mainProfileId: profile.id }) === profile.id;
}

/** How the main profile is named on screen and in the report: its network, with the handle when the network has several profiles. */
export function mainProfileName(ws: Pick<Workspace, 'profiles'>, id: string, registry: NetworkRegistry, lang: Lang): string {
  const profile = ws.profiles.find((p) => p.id === id);
  if (!profile) return id;
  const shared = ws.profiles.some((p) => p.id !== id && p.network === profile.network);
  return shared ? profileLabel(profile, registry, lang) : networkLabel(profile.network, registry, lang);
}
