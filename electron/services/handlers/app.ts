import { safeExternalUrl } from '../../../shared/domain/external-link';
import { Settings } from '../../../shared/schema/library';
import type { Handlers } from '../../main/ipc-dispatch';
import type { HandlerDeps } from './context';

type AppHandlers = Pick<Handlers, 'app:info' | 'app:acknowledge-notice' | 'settings:get' | 'settings:update' | 'window:bounds' | 'link:open'>;

export function appHandlers(deps: HandlerDeps): AppHandlers {
  const { vault } = deps;
  return {
    'app:info': () => ({
      ...deps.info,
      storePath: vault.storePath,
      backupsDir: vault.backupsDir,
      readOnly: vault.readOnly,
      notices: vault.notices,
    }),
    'app:acknowledge-notice': ({ kind }) => {
      vault.acknowledgeNotice(kind);
      return null;
    },
    'settings:get': () => vault.data.settings,
    'settings:update': (patch) => {
      const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      const next = Settings.parse({ ...vault.data.settings, ...defined });
      vault.update((data) => ({ ...data, settings: next }));
      deps.desktop?.onSettingsChanged?.(next);
      return next;
    },
    'window:bounds': () => vault.data.window,
    'link:open': async ({ url }) => {
      const safe = safeExternalUrl(url);
      if (!safe) return { opened: false };
      await deps.openExternal(safe);
      return { opened: true };
    },
  };
}
