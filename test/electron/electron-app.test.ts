import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { electronBinary } from '../support/electron-binary';

const ROOT = path.resolve(__dirname, '../..');

const binary = electronBinary();
if (!binary) console.warn('skipped: no Electron binary (install Electron or set ELECTRON_OVERRIDE_DIST_PATH to run the real-Electron tests)');

describe.skipIf(!binary)('real Electron app', () => {
  const launch = () => electron.launch({
    executablePath: binary!,
    args: [ROOT],
    env: { ...process.env, VITRINE_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'vitrine-electron-')) },
  });

  it('opens the UI from app:// with the bridge and no Node in the renderer', async () => {
    const app = await launch();
    try {
      const win = await app.firstWindow();
      await win.waitForSelector('.app');
      expect(win.url()).toBe('app://vitrine/index.html');
      const probe = await win.evaluate(() => ({
        bridge: typeof (window as unknown as { vitrine?: object }).vitrine,
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
        ipc: 'ipcRenderer' in window,
      }));
      expect(probe).toEqual({ bridge: 'object', require: 'undefined', process: 'undefined', ipc: false });

    } finally {
      await app.close();
    }
  });

  it('refuses navigation and new windows', async () => {
    const app = await launch();
    try {
      const win = await app.firstWindow();
      await win.waitForSelector('.app');
      await win.evaluate(() => { window.location.href = 'https://example.com/'; });
      await new Promise((r) => setTimeout(r, 500));
      expect(win.url()).toBe('app://vitrine/index.html');
      await win.evaluate(() => { window.open('https://example.com/'); });
      await new Promise((r) => setTimeout(r, 500));
      expect(app.windows()).toHaveLength(1);
    } finally {
      await app.close();
    }
  });
});
