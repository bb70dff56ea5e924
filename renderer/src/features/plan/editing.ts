import { format } from 'date-fns';
import type { Profile, Workspace } from '../../../../shared/schema/workspace';

/** The workspace with one profile changed. */
export function withProfile(ws: Workspace, profileId: string, change: (p: Profile) => Partial<Profile>): Workspace {
  return { ...ws, profiles: ws.profiles.map((p) => (p.id === profileId ? { ...p, ...change(p) } : p)) };
}

export const newId = (): string => crypto.randomUUID();

/** An instant as a local day (YYYY-MM-DD) and time (HH:mm) in the viewer's zone, for the day and time fields. */
export function toLocalInput(iso: string): { day: string; time: string } {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? { day: '', time: '' } : { day: format(d, 'yyyy-MM-dd'), time: format(d, 'HH:mm') };
}

/** A local day and time as an ISO instant, or null when either is missing or invalid. */
export function fromLocalInput(day: string | null, time: string | null): string | null {
  if (day === null || time === null || !/^\d{4}-\d{2}-\d{2}$/.test(day) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const d = new Date(`${day}T${time}`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** Today in the viewer's zone, YYYY-MM-DD. */
export const todayIso = (): string => format(new Date(), 'yyyy-MM-dd');
