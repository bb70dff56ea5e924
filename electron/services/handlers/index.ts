import type { Handlers } from '../../main/ipc-dispatch';
import { appHandlers } from './app';
import type { HandlerDeps } from './context';
import { desktopHandlers } from './desktop';
import { exportHandlers } from './exports';
import { importHandlers } from './imports';
import { photoHandlers } from './photos';
import { reportHandlers } from './reports';
import { vaultStatusHandlers } from './vault-status';
import { workspaceHandlers } from './workspaces';

export type { HandlerDeps } from './context';

/** Handlers grouped by feature, composed into the one typed surface. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...appHandlers(deps),
    ...workspaceHandlers(deps),
    ...importHandlers(deps),
    ...exportHandlers(deps),
    ...reportHandlers(deps),
    ...photoHandlers(deps),
    ...desktopHandlers(deps),
    ...vaultStatusHandlers(deps),
  };
}
