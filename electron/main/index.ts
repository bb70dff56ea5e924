import { app, BrowserWindow, shell } from 'electron';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createHandlers } from '../services/handlers';
import { Vault } from '../services/vault';
import { registerIpc } from './ipc';
import { createDispatch } from './ipc-dispatch';
import { installMenu } from './menu';
import { APP_URL, isAppUrl } from './origin';
import { renderPdf } from './pdf';
import { registerAppScheme, serveApp } from './protocol';
import { applySecurity } from './security';
import { createMainWindow } from './window';

// Thin on purpose: everything below is wiring; the logic lives in services and shared/.
const devUrl = process.env.VITRINE_DEV_URL;
const appRoot = app.getAppPath();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  if (process.env.VITRINE_DATA_DIR) app.setPath('userData', path.resolve(process.env.VITRINE_DATA_DIR));
  let mainWindow: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  void app.whenReady().then(() => {
    applySecurity(devUrl);
    serveApp(path.join(appRoot, 'dist/renderer'));
    installMenu();

    const vault = new Vault({ dir: app.getPath('userData') });
    const handlers = createHandlers({
      vault,
      info: { version: app.getVersion(), systemLocale: app.getLocale(), dataDir: app.getPath('userData') },
      openExternal: (url) => shell.openExternal(url),
      newId: randomUUID,
      now: () => new Date(),
      demoWorkspaceText: () => readFileSync(path.join(appRoot, 'examples/demo.vitrine.json'), 'utf8'),
      renderPdf,
    });
    const trusted = (url: string) => isAppUrl(url) || (devUrl !== undefined && url.startsWith(devUrl));
    registerIpc(createDispatch(handlers, {
      isTrustedSender: trusted,
      onInternalError: (channel, error) => console.error(`[ipc] ${channel}`, error),
    }));

    mainWindow = createMainWindow({
      preload: path.join(__dirname, 'preload.cjs'),
      url: devUrl ?? APP_URL,
      saved: vault.data.window,
      onBoundsChange: (bounds) => {
        if (!vault.readOnly) vault.update((data) => ({ ...data, window: bounds }));
      },
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
    // Debounced writes are flushed before the process goes away.
    app.on('before-quit', () => vault.flush());
  });

  app.on('window-all-closed', () => app.quit());
}
