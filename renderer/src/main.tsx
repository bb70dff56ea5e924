import { earlyList } from './early-list';
import './zod-config';
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
  // The client list was asked for before this code ran (early-list.ts): it is what start-up waits for.
  // Should it fail, the library asks again once on screen.
  const list = earlyList ? earlyList.then(unwrap) : call('library:list');
  const [info, settings, summaries] = await Promise.all([call('app:info'), call('settings:get'), list.catch(() => null)]);
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
