import { useCallback, useMemo } from 'react';
import type { Workspace } from '../../../../shared/schema/workspace';
import { call } from '../../api';
import { useLibrary } from '../../app/library';
import { useNavigation } from '../../app/navigation';
import { showToast } from '../../ui/Toast';
import { failureReason } from './failure';
import { useClientsText } from './text';

export interface ClientActions {
  create: (name: string) => Promise<void>;
  open: (id: string) => Promise<void>;
  openDemo: () => Promise<void>;
  rename: (id: string, name: string) => Promise<void>;
  duplicate: (id: string) => Promise<void>;
  setArchived: (id: string, archived: boolean) => Promise<void>;
  remove: (id: string) => Promise<void>;
}

/**
 * Every library action, with its feedback. Actions on the open client write
 * its pending edits first, then take the stored copy back.
 */
export function useClientActions(): ClientActions {
  const { t } = useClientsText();
  const { workspace, openWorkspace, adoptWorkspace, refreshSummaries, flush } = useLibrary();
  const { navigate } = useNavigation();
  const activeId = workspace?.id ?? null;

  const guarded = useCallback(
    <A extends unknown[]>(fn: (...args: A) => Promise<void>) =>
      async (...args: A) => {
        try {
          await fn(...args);
        } catch (e) {
          showToast({ message: t('failed', { message: failureReason(e, t) }), tone: 'error' });
        }
      },
    [t],
  );

  return useMemo<ClientActions>(() => {
    const open = async (id: string) => {
      await openWorkspace(id);
      navigate('inventory');
    };
    /** Runs a change on one client; the open one is flushed before and adopted after. */
    const change = async (id: string, run: () => Promise<Workspace>) => {
      if (id === activeId) await flush();
      const ws = await run();
      if (id === activeId) adoptWorkspace(ws);
      else await refreshSummaries();
      return ws;
    };
    const setArchived = async (id: string, archived: boolean) => {
      const ws = await change(id, () => call('workspace:archive', { id, archived }));
      showToast({
        message: t(archived ? 'archivedToast' : 'unarchivedToast', { name: ws.name }),
        action: { label: t('undo'), run: guarded(() => setArchived(id, !archived)) },
      });
    };
    return {
      create: guarded(async (name: string) => {
        const ws = await call('workspace:create', { name });
        await refreshSummaries();
        await open(ws.id);
      }),
      open: guarded(open),
      openDemo: guarded(async () => {
        await flush();
        const ws = await call('workspace:open-demo');
        await refreshSummaries();
        await open(ws.id);
      }),
      rename: guarded(async (id: string, name: string) => {
        await change(id, () => call('workspace:rename', { id, name }));
      }),
      duplicate: guarded(async (id: string) => {
        if (id === activeId) await flush();
        const ws = await call('workspace:duplicate', { id });
        await refreshSummaries();
        showToast({ message: t('duplicated', { name: ws.name }) });
      }),
      setArchived: guarded(setArchived),
      remove: guarded(async (id: string) => {
        if (id === activeId) {
          await flush();
          await openWorkspace(null);
        }
        const gone = await call('workspace:delete', { id });
        await refreshSummaries();
        showToast({
          message: t('deleted', { name: gone.name }),
          action: {
            label: t('undo'),
            run: guarded(async () => {
              const ws = await call('workspace:undo-delete', { id });
              await refreshSummaries();
              showToast({ message: t('restored', { name: ws.name }) });
            }),
          },
        });
      }),
    };
  }, [activeId, adoptWorkspace, flush, guarded, navigate, openWorkspace, refreshSummaries, t]);
}
