import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type MenuAction } from '../../../electron/main/menu-template';

function build(platform: NodeJS.Platform, lang: 'fr' | 'en' = 'en', developer = false) {
  const ran: MenuAction[] = [];
  const template = buildMenuTemplate({ platform, lang, developer, run: (a) => ran.push(a) });
  const sub = (m: MenuItemConstructorOptions | undefined) => (m?.submenu ?? []) as MenuItemConstructorOptions[];
  const menu = (label: string) => template.find((m) => m.label === label);
  const find = (label: string) => template.flatMap(sub).find((i) => i.label === label);
  const click = (label: string) => (find(label)?.click as unknown as () => void)();
  return { template, ran, sub, menu, find, click };
}

describe('application menu', () => {
  it('on macOS: app menu with About and Quit, a Window menu, no Quit in File', () => {
    const { template, sub, menu } = build('darwin');
    expect(template.map((m) => m.label)).toEqual(['Vitrine', 'File', 'Edit', 'View', 'Window', 'Help']);
    expect(sub(template[0]).map((i) => i.role ?? i.label).filter(Boolean)).toEqual(['About Vitrine', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(sub(menu('File')).some((i) => i.role === 'quit')).toBe(false);
    expect(sub(menu('File')).some((i) => i.role === 'close')).toBe(true);
    expect(sub(menu('Help')).map((i) => i.label)).toEqual(['Diagnostics…']);
    expect(sub(menu('Edit')).map((i) => i.role).filter(Boolean)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'pasteAndMatchStyle', 'delete', 'selectAll']);
  });

  for (const platform of ['win32', 'linux'] as const) {
    it(`on ${platform}: File ends with Quit, About under Help, no app or Window menu`, () => {
      const { template, sub, menu } = build(platform);
      expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
      expect(sub(menu('File')).at(-1)?.role).toBe('quit');
      expect(sub(menu('Help')).map((i) => i.label).filter(Boolean)).toEqual(['Diagnostics…', 'About Vitrine']);
      expect(sub(menu('Edit')).map((i) => i.role).filter(Boolean)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'selectAll']);
    });
  }

  it('File, View and Help items carry platform-neutral accelerators and run their action', () => {
    const { find, click, ran, sub, menu } = build('linux');
    expect(find('New client')?.accelerator).toBe('CmdOrCtrl+N');
    expect(find('Import…')?.accelerator).toBe('CmdOrCtrl+O');
    expect(find('Export…')?.accelerator).toBe('CmdOrCtrl+Shift+E');
    expect(find('Dark or light')?.accelerator).toBe('CmdOrCtrl+Shift+L');
    expect(sub(menu('View')).map((i) => i.role).filter(Boolean)).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    for (const label of ['New client', 'Import…', 'Export…', 'Open the data folder', 'Dark or light', 'Diagnostics…', 'About Vitrine']) click(label);
    expect(ran).toEqual(['new-client', 'import', 'export', 'open-data-folder', 'toggle-theme', 'diagnostics', 'about']);
  });

  it('speaks French, and shows Reload and DevTools only in development', () => {
    const fr = build('win32', 'fr');
    expect(fr.template.map((m) => m.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide']);
    expect(fr.find('Ouvrir le dossier des données')).toBeDefined();
    expect(fr.sub(fr.menu('Affichage')).some((i) => i.role === 'toggleDevTools')).toBe(false);
    const dev = build('win32', 'en', true);
    expect(dev.sub(dev.menu('View')).slice(0, 2).map((i) => i.role)).toEqual(['reload', 'toggleDevTools']);
  });
});
