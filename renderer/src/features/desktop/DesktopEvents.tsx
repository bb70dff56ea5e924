import { lazy, Suspense, useEffect, useState } from 'react';
import type { EventPayload, ImportFile, MenuCommand } from '../../../../shared/ipc/contract';
import { bridgeAvailable, call, subscribe } from '../../api';
import { useLibrary } from '../../app/library';
import { useNavigation } from '../../app/navigation';
import { applyTheme } from '../../app/theme';
import { NameDialog } from '../clients/NameDialog';
import { useClientsText } from '../clients/text';
import { useClientActions } from '../clients/useClientActions';
import './desktop.css';

// Each loaded on first use, not at start-up: the import code is heavy, and a menu's dialogs wait for their command.
const ImportNewClient = lazy(() => import('../clients/ImportNewClient').then((m) => ({ default: m.ImportNewClient })));
const ImportIntoClient = lazy(() => import('./ImportIntoClient').then((m) => ({ default: m.ImportIntoClient })));
const AboutDialog = lazy(() => import('./AboutDialog').then((m) => ({ default: m.AboutDialog })));
const DiagnosticsDialog = lazy(() => import('./DiagnosticsDialog').then((m) => ({ default: m.DiagnosticsDialog })));

type Open =
  | { kind: 'new-client' }
  | { kind: 'import' }
  | { kind: 'file'; files: ImportFile[] }
  | { kind: 'diagnostics' }
  | { kind: 'about' }
  | null;

const prefersDark = () => window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;

/**
 * What the desktop shell pushes to the page (the menu, a reminder clicked, a
 * file opened from the system), turned into the app's own dialogs and moves.
 */
export function DesktopEvents() {
  const { workspace, settings, updateSettings, openWorkspace } = useLibrary();
  const { navigate } = useNavigation();
  const actions = useClientActions();
  const clients = useClientsText();
  const [open, setOpen] = useState<Open>(null);
  // A dialog closes only itself: a native <dialog>'s 'close' event comes a task
  // after Escape, by which time a menu command may have opened another one.
  const close = () => setOpen((current) => (current === open ? null : current));

  useEffect(() => {
    if (!bridgeAvailable()) return;
    const onMenu = ({ command }: EventPayload<'menu:command'>) => {
      const run: Record<MenuCommand, () => void> = {
        'new-client': () => setOpen({ kind: 'new-client' }),
        import: () => setOpen({ kind: 'import' }),
        export: () => {
          if (!workspace) return navigate('clients');
          navigate('inventory');
          // The export menu lives in the inventory's toolbar: bring the focus there.
          setTimeout(() => document.querySelector<HTMLElement>('[data-testid="export-menu"]')?.focus(), 50);
        },
        'toggle-theme': () => {
          const dark = settings.theme === 'dark' || (settings.theme === 'system' && prefersDark());
          const theme = dark ? 'light' : 'dark';
          applyTheme(theme);
          void updateSettings({ theme });
        },
        diagnostics: () => setOpen({ kind: 'diagnostics' }),
        about: () => setOpen({ kind: 'about' }),
      };
      run[command]();
    };
    const onReminder = ({ workspaceId, slotKey }: EventPayload<'reminder:open'>) => {
      void openWorkspace(workspaceId).then(() => navigate('plan', { profileId: slotKey.split(':')[0] ?? '', field: null, slotKey, fromReminder: true }));
    };
    const onFile = ({ files }: EventPayload<'file:open'>) => setOpen({ kind: 'file', files });
    const off = [subscribe('menu:command', onMenu), subscribe('reminder:open', onReminder), subscribe('file:open', onFile)];
    return () => off.forEach((f) => f());
  }, [workspace, settings.theme, updateSettings, openWorkspace, navigate]);

  // Once listening, main may send what it held back (a file double-clicked to launch Vitrine).
  useEffect(() => {
    if (bridgeAvailable()) void call('app:ready').catch(() => undefined);
  }, []);

  switch (open?.kind) {
    case 'new-client':
      return <NameDialog title={clients.t('createTitle')} okLabel={clients.t('createOk')} onCancel={close} onSubmit={(name) => { close(); void actions.create(name); }} />;
    case 'import':
      return <Suspense fallback={null}>{workspace ? <ImportIntoClient workspace={workspace} onClose={close} /> : <ImportNewClient onClose={close} />}</Suspense>;
    case 'file':
      return <Suspense fallback={null}><ImportNewClient onClose={close} files={open.files} /></Suspense>;
    case 'diagnostics':
      return <Suspense fallback={null}><DiagnosticsDialog onClose={close} /></Suspense>;
    case 'about':
      return <Suspense fallback={null}><AboutDialog onClose={close} /></Suspense>;
    default:
      return null;
  }
}
