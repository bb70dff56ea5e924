import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ClientsScreen } from '../features/clients';
import { QuickSwitch } from '../features/clients/QuickSwitch';
import { DesktopEvents } from '../features/desktop/DesktopEvents';
import { ErrorBoundary } from './ErrorBoundary';
import { useLibrary } from './library';
import { NavigationContext, VIEWS, type FocusTarget, type Navigation, type View } from './navigation';
import { Notices } from './Notices';
import { preloadable } from './preloadable';
import { SaveFailureBanner } from './SaveFailureBanner';

/**
 * Start-up only needs the client list: the other screens are separate chunks,
 * fetched while the list is idle on screen so that opening a client does not wait for them.
 */
const screens = {
  inventory: preloadable(() => import('../features/inventory').then((m) => m.InventoryScreen)),
  audit: preloadable(() => import('../features/audit').then((m) => m.AuditScreen)),
  plan: preloadable(() => import('../features/plan').then((m) => m.PlanScreen)),
  reports: preloadable(() => import('../features/reports').then((m) => m.ReportsScreen)),
  settings: preloadable(() => import('../features/settings').then((m) => m.SettingsScreen)),
};
const InventoryScreen = screens.inventory.Component;
const AuditScreen = screens.audit.Component;
const PlanScreen = screens.plan.Component;
const ReportsScreen = screens.reports.Component;
const SettingsScreen = screens.settings.Component;

/** Once the client list is read (and so being drawn), the other screens are fetched when the page is idle. */
function usePrefetchScreens(loaded: boolean): void {
  useEffect(() => {
    if (!loaded) return;
    const id = requestIdleCallback(() => { for (const screen of Object.values(screens)) void screen.load(); }, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }, [loaded]);
}

const NEEDS_WORKSPACE: ReadonlySet<View> = new Set(['inventory', 'audit', 'plan', 'reports']);

function Screen({ view }: { view: View }) {
  switch (view) {
    case 'clients': return <ClientsScreen />;
    case 'inventory': return <InventoryScreen />;
    case 'audit': return <AuditScreen />;
    case 'plan': return <PlanScreen />;
    case 'reports': return <ReportsScreen />;
    case 'settings': return <SettingsScreen />;
  }
}

export function App() {
  const { t } = useTranslation();
  const { workspace, saveState, info, loaded } = useLibrary();
  const [view, setView] = useState<View>('clients');
  const [focus, setFocus] = useState<FocusTarget | null>(null);
  usePrefetchScreens(loaded);

  const navigate = useCallback((next: View, target?: FocusTarget) => {
    setView(next);
    setFocus(target ?? null);
  }, []);
  const nav = useMemo<Navigation>(() => ({ view, focus, navigate }), [view, focus, navigate]);

  // Ctrl/Cmd + 1…6 switches sections from anywhere.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const target = VIEWS[Number(e.key) - 1];
      if (target) {
        e.preventDefault();
        navigate(target);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);

  const shown: View = NEEDS_WORKSPACE.has(view) && !workspace ? 'clients' : view;
  // Data from a newer version is not shown at all: only the notice and Settings › Data.
  const locked = info.readOnly && shown !== 'settings';

  return (
    <NavigationContext.Provider value={nav}>
      <div className="app">
        <a className="skip-link" href="#main">{t('skipToContent')}</a>
        <nav className="sidebar" aria-label={t('nav.label')}>
          <div className="brand">
            <span className="brand-mark" aria-hidden="true">V</span>
            <span>
              <strong>{t('appName')}</strong>
              <small>{t('tagline')}</small>
            </span>
          </div>
          <div className="current-client" aria-live="polite">
            <small>{t('workspace.active')}</small>
            <strong data-testid="current-client">{workspace ? workspace.name : t('workspace.none')}</strong>
          </div>
          <ul>
            {VIEWS.map((v, i) => {
              const disabled = NEEDS_WORKSPACE.has(v) && !workspace;
              return (
                <li key={v}>
                  <button
                    type="button"
                    className="nav-item"
                    aria-current={shown === v ? 'page' : undefined}
                    disabled={disabled}
                    onClick={() => navigate(v)}
                    data-testid={`nav-${v}`}
                    title={`Ctrl+${i + 1}`}
                  >
                    {t(`nav.${v}`)}
                  </button>
                </li>
              );
            })}
          </ul>
          <p className="save-state" role="status" data-testid="save-state">
            {saveState.kind === 'saving' ? t('saving') : saveState.kind === 'saved' ? t('saved') : saveState.kind === 'error' ? t('saveFailed', { message: saveState.message }) : ''}
          </p>
        </nav>
        <main id="main" className="main" tabIndex={-1}>
          <SaveFailureBanner />
          <Notices />
          <ErrorBoundary resetKey={shown}>
            <Suspense fallback={<p>{t('loading')}</p>}>
              {locked ? (
                <section className="screen" aria-labelledby="read-only-title" data-testid="read-only-screen">
                  <h1 id="read-only-title">{t('readOnlyScreen.title')}</h1>
                  <p>{t('readOnlyScreen.body')}</p>
                </section>
              ) : <Screen view={shown} />}
            </Suspense>
          </ErrorBoundary>
        </main>
        <QuickSwitch />
        <DesktopEvents />
      </div>
    </NavigationContext.Provider>
  );
}
