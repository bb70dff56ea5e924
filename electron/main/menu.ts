import { Menu } from 'electron';
import { buildMenuTemplate, type MenuOptions } from './menu-template';

/** Installs the menu built by the pure template (menu-template.ts); called again when the language changes. */
export function installMenu(opts: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(opts)));
}
