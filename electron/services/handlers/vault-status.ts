import { AppError } from '../../../shared/ipc/envelope';
import type { Handlers } from '../../main/ipc-dispatch';
import type { HandlerDeps } from './context';

type VaultStatusHandlers = Pick<Handlers, 'vault:status' | 'vault:retry' | 'vault:save-copy'>;

const status = (deps: HandlerDeps) => ({ error: deps.vault.writeError, unsaved: deps.vault.hasUnsavedChanges });

/** The save-failure banner's three actions; the status itself is pushed on 'vault:write-status'. */
export function vaultStatusHandlers(deps: HandlerDeps): VaultStatusHandlers {
  return {
    'vault:status': () => status(deps),
    'vault:retry': () => {
      deps.vault.retryNow();
      return status(deps);
    },
    'vault:save-copy': async () => {
      const stamp = deps.now().toISOString().slice(0, 10);
      const chosen = await deps.chooseCopyPath?.(`vitrine-copy-${stamp}.json`);
      if (!chosen) return { path: null };
      try {
        deps.vault.exportCopy(chosen);
      } catch (e) {
        throw new AppError('internal', `The copy could not be written to ${chosen}: ${(e as Error).message}`);
      }
      return { path: chosen };
    },
  };
}
