import { createContext, useContext } from 'react';
import type { ProfileField } from '../../../shared/schema/network';

export const VIEWS = ['clients', 'inventory', 'audit', 'plan', 'reports', 'settings'] as const;
export type View = (typeof VIEWS)[number];

/** Where to land: e.g. the audit's "fix it" button opens the editor on a field. */
export interface FocusTarget {
  profileId: string;
  field: ProfileField | null;
  /** A plan slot to open (a reminder notification was clicked). */
  slotKey?: string;
  fromReminder?: boolean;
}

export interface Navigation {
  view: View;
  focus: FocusTarget | null;
  navigate: (view: View, focus?: FocusTarget) => void;
}

export const NavigationContext = createContext<Navigation>({ view: 'clients', focus: null, navigate: () => undefined });

export function useNavigation(): Navigation {
  return useContext(NavigationContext);
}
