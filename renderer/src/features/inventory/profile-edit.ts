import { localDay } from '../../../../shared/domain/dates/local-date';
import type { Profile, Workspace } from '../../../../shared/schema/workspace';

/** Workspace edits the inventory makes; each returns a new workspace value. */

export function patchProfile(ws: Workspace, id: string, patch: Partial<Profile>): Workspace {
  return { ...ws, profiles: ws.profiles.map((p) => (p.id === id ? { ...p, ...patch } : p)) };
}

export function addProfile(ws: Workspace, profile: Profile): Workspace {
  return { ...ws, profiles: [...ws.profiles, profile] };
}

export function patchPerson(ws: Workspace, patch: Partial<Workspace['person']>): Workspace {
  return { ...ws, person: { ...ws.person, ...patch } };
}

export function todayIso(): string {
  return localDay(new Date());
}
