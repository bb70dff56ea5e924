import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bridgeAvailable, call, unwrap } from './api';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { LibraryProvider } from './app/library';
import { installLinkGuard } from './app/links';
import { applyTheme } from './app/theme';
import { initI18n, resolveLang } from './i18n';
import './styles.css';

async function boot(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  if (!bridgeAvailable()) {
    await initI18n(resolveLang('system', navigator.language));
    root.render(<p className="fatal">Vitrine must be opened from its desktop application. / Vitrine doit être ouvert depuis son application de bureau.</p>);
    return;
  }
  installLinkGuard();
  // Start-up's calls were made before this code was fetched (early-calls.ts); without that script
  // (the dev server) they are made here. Should the list fail, the library asks again once on screen.
  const early = window.vitrineEarly;
  const [info, settings, summaries] = await Promise.all([
    early ? early.info.then(unwrap) : call('app:info'),
    early ? early.settings.then(unwrap) : call('settings:get'),
    (early ? early.list.then(unwrap) : call('library:list')).catch(() => null),
  ]);
  const lang = resolveLang(settings.locale, info.systemLocale);
  await initI18n(lang);
  document.documentElement.lang = lang;
  applyTheme(settings.theme);
  root.render(
    <StrictMode>
      <ErrorBoundary>
        <LibraryProvider info={info} settings={settings} summaries={summaries}>
          <App />
        </LibraryProvider>
      </ErrorBoundary>
    </StrictMode>,
  );
}

void boot();
