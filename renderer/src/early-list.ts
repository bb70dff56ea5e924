import type { Envelope } from '../../shared/ipc/envelope';
import type { WorkspaceSummary } from '../../shared/ipc/contract';

/**
 * The client list, asked for before the UI code is evaluated: this module is
 * imported first and travels in the small first chunk (vite.config.mts), so the
 * main process reads the list while React and the app are compiled and run.
 * Null outside the desktop app (main.tsx then shows why).
 */
export const earlyList: Promise<Envelope<WorkspaceSummary[]>> | null =
  typeof window.vitrine?.libraryList === 'function' ? window.vitrine.libraryList() : null;
