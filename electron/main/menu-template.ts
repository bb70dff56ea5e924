import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract';
import type { Lang } from '../../shared/schema/text';

/** What a menu item asks for: a page command, or a main-process action. */
export type MenuAction = MenuCommand | 'open-data-folder';

export interface MenuOptions {
  platform: NodeJS.Platform;
  lang: Lang;
  /** Reload and DevTools, for development runs only. */
  developer: boolean;
  run: (action: MenuAction) => void;
}

const WORDS = {
  fr: {
    file: 'Fichier', newClient: 'Nouveau client', import: 'Importer…', export: 'Exporter…', dataFolder: 'Ouvrir le dossier des données',
    edit: 'Édition', view: 'Affichage', theme: 'Sombre ou clair', window: 'Fenêtre', help: 'Aide', diagnostics: 'Diagnostic…', about: 'À propos de Vitrine',
  },
  en: {
    file: 'File', newClient: 'New client', import: 'Import…', export: 'Export…', dataFolder: 'Open the data folder',
    edit: 'Edit', view: 'View', theme: 'Dark or light', window: 'Window', help: 'Help', diagnostics: 'Diagnostics…', about: 'About Vitrine',
  },
} as const;

const sep: MenuItemConstructorOptions = { type: 'separator' };

/**
 * The application menu as data, per platform conventions: on macOS the app
 * menu holds About and Quit and Window is its own menu; on Windows and Linux
 * File ends with Exit/Quit and Help holds About. Accelerators use
 * CmdOrCtrl so each platform gets its own modifier; roles bring the system's
 * own (Redo is Cmd+Shift+Z on macOS, Ctrl+Y on Windows).
 */
export function buildMenuTemplate(opts: MenuOptions): MenuItemConstructorOptions[] {
  const w = WORDS[opts.lang];
  const mac = opts.platform === 'darwin';
  const item = (label: string, action: MenuAction, accelerator?: string): MenuItemConstructorOptions =>
    ({ label, ...(accelerator ? { accelerator } : {}), click: () => opts.run(action) });
  const about = item(w.about, 'about');

  const appMenu: MenuItemConstructorOptions = {
    label: 'Vitrine',
    submenu: [about, sep, { role: 'services' }, sep, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, sep, { role: 'quit' }],
  };
  const file: MenuItemConstructorOptions = {
    label: w.file,
    submenu: [
      item(w.newClient, 'new-client', 'CmdOrCtrl+N'),
      item(w.import, 'import', 'CmdOrCtrl+O'),
      item(w.export, 'export', 'CmdOrCtrl+Shift+E'),
      sep,
      item(w.dataFolder, 'open-data-folder'),
      ...(mac ? [sep, { role: 'close' } as MenuItemConstructorOptions] : [sep, { role: 'quit' } as MenuItemConstructorOptions]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: w.edit,
    submenu: [
      { role: 'undo' }, { role: 'redo' }, sep, { role: 'cut' }, { role: 'copy' }, { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' }, { role: 'delete' }, { role: 'selectAll' }] as MenuItemConstructorOptions[] : [{ role: 'delete' }, sep, { role: 'selectAll' }] as MenuItemConstructorOptions[]),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: w.view,
    submenu: [
      ...(opts.developer ? [{ role: 'reload' }, { role: 'toggleDevTools' }, sep] as MenuItemConstructorOptions[] : []),
      { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' },
      sep,
      item(w.theme, 'toggle-theme', 'CmdOrCtrl+Shift+L'),
      sep,
      { role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: w.help,
    submenu: [item(w.diagnostics, 'diagnostics'), ...(mac ? [] : [sep, about])],
  };
  return [
    ...(mac ? [appMenu] : []),
    file,
    edit,
    view,
    ...(mac ? [{ role: 'windowMenu', label: w.window } as MenuItemConstructorOptions] : []),
    help,
  ];
}
