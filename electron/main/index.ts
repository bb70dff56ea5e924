import { app, BrowserWindow, dialog, shell } from 'electron';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createHandlers } from '../services/handlers';
import { Vault } from '../services/vault';
import { createEmitter, registerIpc } from './ipc';
import { createDispatch } from './ipc-dispatch';
import { installMenu } from './menu';
import { APP_URL, isAppUrl, sameOrigin } from './origin';
import { renderPdf } from './pdf';
import { registerAppScheme, serveApp } from './protocol';
import { applySecurity } from './security';
import { CLOSE_CHOICES, CLOSE_TEXT, mayClose } from './quit-guard';
import { createMainWindow } from './window';

// Thin on purpose: everything below is wiring; the logic lives in services and shared/.
// The dev server is trusted only in a development run, never in a packaged app.
const devUrl = app.isPackaged ? undefined : process.env.VITRINE_DEV_URL;
const appRoot = app.getAppPath();

// Before the lock: the lock guards the data folder actually in use.
if (process.env.VITRINE_DATA_DIR) app.setPath('userData', path.resolve(process.env.VITRINE_DATA_DIR));

function openVault(): Vault | null {
  try {
    return new Vault({ dir: app.getPath('userData') });
  } catch (e) {
    dialog.showErrorBox('Vitrine', `Vitrine cannot open its data folder ${app.getPath('userData')}:\n${(e as Error).message}\n\nCheck that the folder exists and that you may write to it.`);
    return null;
  }
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  let mainWindow: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  void app.whenReady().then(() => {
    const vault = openVault();
    if (!vault) {
      app.exit(1);
      return;
    }
    applySecurity(devUrl);
    serveApp(path.join(appRoot, 'dist/renderer'));
    installMenu(!app.isPackaged);

    const handlers = createHandlers({
      vault,
      info: { version: app.getVersion(), systemLocale: app.getLocale(), dataDir: app.getPath('userData') },
      openExternal: (url) => shell.openExternal(url),
      newId: randomUUID,
      now: () => new Date(),
      demoWorkspaceText: () => readFileSync(path.join(appRoot, 'examples/demo.vitrine.json'), 'utf8'),
      renderPdf,
      chooseCopyPath: async (defaultName) => {
        const options = { defaultPath: path.join(app.getPath('documents'), defaultName), filters: [{ name: 'Vitrine', extensions: ['json'] }] };
        const r = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
        return r.canceled || !r.filePath ? null : r.filePath;
      },
    });
    // Write failures and recoveries reach the UI's banner as they happen.
    const emit = createEmitter(() => mainWindow?.webContents ?? null);
    vault.onWriteStatus((status) => emit('vault:write-status', status));
    const trusted = (url: string) => isAppUrl(url) || (devUrl !== undefined && sameOrigin(url, devUrl));
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
      // The renderer's last debounced edit reaches the vault before the window goes;
      // if it cannot be written, the user chooses (copy elsewhere, quit anyway, or stay).
      beforeClose: () => mayClose({
        flush: () => vault.flush(),
        ask: () => {
          const locale = vault.data.settings.locale;
          const text = CLOSE_TEXT[locale === 'system' ? (app.getLocale().toLowerCase().startsWith('fr') ? 'fr' : 'en') : locale];
          const box = { type: 'warning' as const, title: text.title, message: text.message, detail: text.detail(vault.writeError), buttons: [...text.buttons], defaultId: 0, cancelId: 2, noLink: true };
          const index = mainWindow ? dialog.showMessageBoxSync(mainWindow, box) : dialog.showMessageBoxSync(box);
          return CLOSE_CHOICES[index] ?? 'cancel';
        },
        saveCopy: () => {
          const file = dialog.showSaveDialogSync({ defaultPath: path.join(app.getPath('documents'), `vitrine-copy-${new Date().toISOString().slice(0, 10)}.json`) });
          if (!file) return false;
          try {
            vault.exportCopy(file);
            return true;
          } catch (e) {
            dialog.showErrorBox('Vitrine', (e as Error).message);
            return false;
          }
        },
      }),
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
    // Debounced writes are flushed before the process goes away, whatever the way out.
    app.on('before-quit', () => vault.flush());
    app.on('will-quit', () => vault.flush());
  });

  app.on('window-all-closed', () => app.quit());
}
