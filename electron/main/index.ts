import { app, BrowserWindow, crashReporter, dialog, shell } from 'electron';
import log from 'electron-log/main';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { License } from '../../shared/ipc/contract';
import { resolveLang } from '../../shared/domain/lang';
import { AppLog, configureFileTransport } from '../services/desktop/app-log';
import { resolveDataDir } from '../services/desktop/data-folder';
import { assessLock, describeHolder, processAlive, readLock, takeLock } from '../services/desktop/folder-lock';
import { doctorSummary } from '../services/desktop/doctor-summary';
import { filesFromArgv, readOpenedFile } from '../services/desktop/open-files';
import { inspectDataDir } from '../services/doctor';
import { namesIn } from '../services/desktop/redact';
import { createHandlers } from '../services/handlers';
import { ReminderScheduler } from '../services/reminders';
import { Vault } from '../services/vault';
import { pushEvent } from './events';
import { createEmitter, registerIpc } from './ipc';
import { createDispatch } from './ipc-dispatch';
import { installMenu } from './menu';
import type { MenuAction } from './menu-template';
import { showReminder, SNOOZE_MINUTES } from './notifications';
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

// Where the data lives (services/desktop/data-folder.ts). With VITRINE_DATA_DIR or the portable
// build, Electron's own files go there too and the single-instance lock guards that folder.
const defaultDir = app.getPath('userData');
let damagedPointer: { keptAt: string; why: string } | null = null;
const data = resolveDataDir(defaultDir, process.env, (keptAt, why) => void (damagedPointer = { keptAt, why }));
if (data.source === 'env' || data.source === 'portable') app.setPath('userData', data.dir);
const dataDir = data.dir;

// Crash dumps stay on this machine, in the data folder; nothing is uploaded.
app.setPath('crashDumps', path.join(dataDir, 'crashes'));
crashReporter.start({ uploadToServer: false });
const logFile = configureFileTransport(log.transports.file, dataDir);
let vault: Vault | null = null;
const appLog = new AppLog(log, () => (vault ? namesIn(vault.data.workspaces) : []));
process.on('uncaughtExceptionMonitor', (e) => appLog.error('uncaught exception', e));
process.on('unhandledRejection', (e) => appLog.error('unhandled rejection', e));
if (damagedPointer) appLog.error('data-folder pointer unreadable, default folder used', damagedPointer);

// Notifications on Windows need the app's identity (the same as electron-builder's appId).
if (process.platform === 'win32') app.setAppUserModelId('fr.vitrine.desktop');

const systemLang = () => resolveLang('system', app.getLocale());

/** The folder's lock names who holds it; a live holder on this machine stops us, another machine asks. */
function lockFolder(): boolean {
  const me = { host: hostname(), pid: process.pid };
  const state = assessLock(readLock(dataDir), me, processAlive);
  const fr = systemLang() === 'fr';
  if (state.kind === 'live') {
    dialog.showErrorBox('Vitrine', fr
      ? `Ce dossier de données est déjà ouvert par Vitrine sur ${describeHolder(state.holder, 'fr')}.\n\n${dataDir}`
      : `This data folder is already open in Vitrine on ${describeHolder(state.holder, 'en')}.\n\n${dataDir}`);
    return false;
  }
  if (state.kind === 'other-machine') {
    const choice = dialog.showMessageBoxSync({
      type: 'warning',
      title: 'Vitrine',
      message: fr ? `Ce dossier de données semble ouvert sur ${describeHolder(state.holder, 'fr')}.` : `This data folder seems to be open on ${describeHolder(state.holder, 'en')}.`,
      detail: fr ? 'Si Vitrine y est fermé (ou si cet ordinateur s’est arrêté brutalement), vous pouvez l’ouvrir ici.' : 'If Vitrine is closed there (or that computer stopped abruptly), you can open it here.',
      buttons: fr ? ['Ouvrir ici', 'Quitter'] : ['Open here', 'Quit'],
      defaultId: 1,
      cancelId: 1,
    });
    if (choice !== 0) return false;
  }
  if (state.kind === 'stale') appLog.warn('stale folder lock taken over', { pid: state.holder.pid });
  const release = takeLock(dataDir, me, new Date());
  app.on('will-quit', release);
  return true;
}

function openVault(): Vault | null {
  try {
    return new Vault({ dir: dataDir });
  } catch (e) {
    appLog.error('cannot open the data folder', e);
    dialog.showErrorBox('Vitrine', `Vitrine cannot open its data folder ${dataDir}:\n${(e as Error).message}\n\nCheck that the folder exists and that you may write to it.`);
    return null;
  }
}

function licenses(): License[] {
  const file = path.join(__dirname, 'licenses.json');
  return existsSync(file) ? License.array().parse(JSON.parse(readFileSync(file, 'utf8'))) : [];
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  let mainWindow: BrowserWindow | null = null;
  // Pushes wait until the page says it listens (a file opened at launch arrives before that).
  let pageReady = false;
  const held: (() => void)[] = [];
  const whenPageReady = (send: () => void) => (pageReady && mainWindow ? send() : held.push(send));

  const openFiles = (paths: string[]) => {
    const files = paths.flatMap((p) => {
      try {
        return [readOpenedFile(p)];
      } catch (e) {
        appLog.warn('cannot open file from the system', e);
        dialog.showErrorBox('Vitrine', (e as Error).message);
        return [];
      }
    });
    if (files.length === 0) return;
    appLog.info('file opened from the system', { files: files.length });
    whenPageReady(() => mainWindow && pushEvent(mainWindow.webContents, 'file:open', { files }));
  };

  // macOS: double-click or drop on the dock icon (also before ready, at launch).
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openFiles([file]);
  });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    openFiles(filesFromArgv(argv, workingDirectory));
  });

  void app.whenReady().then(() => {
    if (!lockFolder()) {
      app.exit(1);
      return;
    }
    const opened = openVault();
    if (!opened) {
      app.exit(1);
      return;
    }
    const store = opened;
    vault = store;
    for (const n of store.notices) appLog.warn('start-up notice', { kind: n.kind });
    applySecurity(devUrl);
    serveApp(path.join(appRoot, 'dist/renderer'));
    const lang = () => resolveLang(store.data.settings.locale, app.getLocale());

    const runMenu = (action: MenuAction) => {
      if (action === 'open-data-folder') void shell.openPath(dataDir);
      else if (mainWindow) pushEvent(mainWindow.webContents, 'menu:command', { command: action });
    };
    const menu = () => installMenu({ platform: process.platform, lang: lang(), developer: !app.isPackaged, run: runMenu });
    menu();

    const reminders = new ReminderScheduler({
      read: () => ({ workspaces: store.data.workspaces, settings: store.data.settings.reminders }),
      notify: (r) => showReminder(r, lang(), {
        open: () => {
          if (!mainWindow) return;
          if (mainWindow.isMinimized()) mainWindow.restore();
          mainWindow.focus();
          pushEvent(mainWindow.webContents, 'reminder:open', { workspaceId: r.workspaceId, slotKey: r.slotKey });
        },
        snooze: () => reminders.snooze(r.ref, SNOOZE_MINUTES),
      }),
    });

    const handlers = createHandlers({
      vault: store,
      info: { version: app.getVersion(), systemLocale: app.getLocale(), dataDir },
      openExternal: (url) => shell.openExternal(url),
      newId: randomUUID,
      now: () => new Date(),
      demoWorkspaceText: () => readFileSync(path.join(appRoot, 'examples/demo.vitrine.json'), 'utf8'),
      renderPdf,
      desktop: {
        reminders,
        onRendererReady: () => {
          pageReady = true;
          for (const send of held.splice(0)) send();
        },
        onSettingsChanged: () => {
          menu();
          reminders.check();
        },
        log: { file: logFile, lastErrors: () => appLog.lastErrors(), info: (event, detail) => appLog.info(event, detail) },
        crashDumps: app.getPath('crashDumps'),
        versions: { electron: process.versions.electron ?? '', chrome: process.versions.chrome ?? '', node: process.versions.node, v8: process.versions.v8 },
        platform: `${process.platform} ${process.arch}`,
        licenses,
        // The same code as `vitrine doctor`, inspect mode: reads the folder, changes nothing.
        doctor: () => doctorSummary(inspectDataDir(dataDir)),
        dataFolder: {
          defaultDir,
          source: data.source,
          chooseFolder: async () => {
            const opts = { properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
            const res = mainWindow ? await dialog.showOpenDialog(mainWindow, opts) : await dialog.showOpenDialog(opts);
            return res.canceled ? null : res.filePaths[0] ?? null;
          },
          restart: () => {
            // After the response reaches the page: it says so, then Vitrine starts on the new folder.
            setTimeout(() => {
              app.relaunch();
              app.quit();
            }, 1500);
          },
        },
      },
      chooseCopyPath: async (defaultName) => {
        const options = { defaultPath: path.join(app.getPath('documents'), defaultName), filters: [{ name: 'Vitrine', extensions: ['json'] }] };
        const r = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
        return r.canceled || !r.filePath ? null : r.filePath;
      },
    });
    // Write failures and recoveries reach the UI's banner as they happen.
    const emit = createEmitter(() => mainWindow?.webContents ?? null);
    store.onWriteStatus((status) => emit('vault:write-status', status));
    const trusted = (url: string) => isAppUrl(url) || (devUrl !== undefined && sameOrigin(url, devUrl));
    registerIpc(createDispatch(handlers, {
      isTrustedSender: trusted,
      onInternalError: (channel, error) => appLog.error(`ipc ${channel}`, error),
    }));

    mainWindow = createMainWindow({
      preload: path.join(__dirname, 'preload.cjs'),
      url: devUrl ?? APP_URL,
      saved: store.data.window,
      onBoundsChange: (bounds) => {
        if (!store.readOnly) store.update((d) => ({ ...d, window: bounds }));
      },
      // The renderer's last debounced edit reaches the vault before the window goes;
      // if it cannot be written, the user chooses (copy elsewhere, quit anyway, or stay).
      beforeClose: () => mayClose({
        flush: () => store.flush(),
        ask: () => {
          const text = CLOSE_TEXT[lang()];
          const box = { type: 'warning' as const, title: text.title, message: text.message, detail: text.detail(store.writeError), buttons: [...text.buttons], defaultId: 0, cancelId: 2, noLink: true };
          const index = mainWindow ? dialog.showMessageBoxSync(mainWindow, box) : dialog.showMessageBoxSync(box);
          return CLOSE_CHOICES[index] ?? 'cancel';
        },
        saveCopy: () => {
          const file = dialog.showSaveDialogSync({ defaultPath: path.join(app.getPath('documents'), `vitrine-copy-${new Date().toISOString().slice(0, 10)}.json`) });
          if (!file) return false;
          try {
            store.exportCopy(file);
            return true;
          } catch (e) {
            dialog.showErrorBox('Vitrine', (e as Error).message);
            return false;
          }
        },
      }),
    });
    mainWindow.webContents.on('did-start-loading', () => {
      pageReady = false;
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
    // Windows and Linux pass a double-clicked file on the command line.
    openFiles(filesFromArgv(process.argv.slice(1), process.cwd()));
    reminders.check();
    // Debounced writes are flushed before the process goes away, whatever the way out.
    app.on('before-quit', () => store.flush());
    app.on('will-quit', () => {
      reminders.stop();
      store.flush();
    });
  });

  app.on('window-all-closed', () => app.quit());
}
