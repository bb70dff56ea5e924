import { format } from 'date-fns';
import type { Profile, Workspace } from '../../../../shared/schema/workspace';

/** The workspace with one profile changed. */
export function withProfile(ws: Workspace, profileId: string, change: (p: Profile) => Partial<Profile>): Workspace {
  return { ...ws, profiles: ws.profiles.map((p) => (p.id === profileId ? { ...p, ...change(p) } : p)) };
}

export const newId = (): string => crypto.randomUUID();

/** An instant as the value of an <input type="datetime-local">, in the viewer's zone. */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : format(d, "yyyy-MM-dd'T'HH:mm");
}

/** The value of a datetime-local input as an ISO instant, or null when incomplete. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** Today in the viewer's zone, YYYY-MM-DD. */
export const todayIso = (): string => format(new Date(), 'yyyy-MM-dd');
