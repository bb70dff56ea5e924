import type { Envelope } from '../../shared/ipc/envelope';
import type { Output } from '../../shared/ipc/contract';

/** What start-up waits for, asked for by this script. */
export interface EarlyCalls {
  info: Promise<Envelope<Output<'app:info'>>>;
  settings: Promise<Envelope<Output<'settings:get'>>>;
  list: Promise<Envelope<Output<'library:list'>>>;
}

declare global {
  interface Window {
    /** Start-up's calls, already on their way (see below); undefined where this script did not run. */
    vitrineEarly?: EarlyCalls;
  }
}

/*
 * Start-up's three calls (app info, settings, the client list), made before the
 * app's code is even fetched: this script is its own tiny entry (no imports at
 * run time), tagged first in the page by vite.config.mts, so the main process
 * answers while the UI code loads and compiles, instead of one round trip after
 * another once it has. main.tsx picks the promises up from the window.
 */
const api = window.vitrine;
if (api && typeof api.libraryList === 'function') {
  window.vitrineEarly = { info: api.appInfo(), settings: api.settingsGet(), list: api.libraryList() };
}
