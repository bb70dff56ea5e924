import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { electronBinary } from '../support/electron-binary';

const ROOT = path.resolve(__dirname, '../..');

const binary = electronBinary();
if (!binary) console.warn('skipped: no Electron binary (desktop menus, log and opened files; the same code paths run through the Chromium bridge in test/e2e/desktop.e2e.ts)');

describe.skipIf(!binary)('real Electron: menus, local log, files opened from the system', () => {
  const launch = (dataDir: string, extra: string[] = []) => electron.launch({
    executablePath: binary!,
    args: [ROOT, ...extra],
    env: { ...process.env, VITRINE_DATA_DIR: dataDir, LANG: 'en_US.UTF-8' },
  });

  it('installs the File/Edit/View/Help menu and a Help › Diagnostics item that opens the dialog', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vitrine-electron-'));
    const app = await launch(dir);
    try {
      const win = await app.firstWindow();
      await win.waitForSelector('.app');
      const labels = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((i) => i.label) ?? []);
      expect(labels).toEqual(process.platform === 'darwin' ? ['Vitrine', 'File', 'Edit', 'View', 'Window', 'Help'] : ['File', 'Edit', 'View', 'Help']);
      await app.evaluate(({ Menu }) => {
        const help = Menu.getApplicationMenu()?.items.find((i) => i.label === 'Help');
        help?.submenu?.items.find((i) => i.label === 'Diagnostics…')?.click();
      });
      await win.getByTestId('diagnostics-dialog').waitFor();
      // The log lives in the data folder and the crash dumps stay local.
      expect(existsSync(path.join(dir, 'logs'))).toBe(true);
    } finally {
      await app.close();
    }
  });

  it('opens a .vitrine.json given on the command line on its import preview', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vitrine-electron-'));
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'vitrine-file-')), 'client.vitrine.json');
    writeFileSync(file, readFileSync(path.join(ROOT, 'examples/demo.vitrine.json')));
    const app = await launch(dir, [file]);
    try {
      const win = await app.firstWindow();
      await win.getByTestId('import-dialog').waitFor();
    } finally {
      await app.close();
    }
  });
});
