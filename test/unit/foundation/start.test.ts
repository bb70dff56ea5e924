import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');

describe('npm start without an Electron binary', () => {
  it('exits non-zero with one clear message saying why and how to fix it', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'no-electron-'));
    const res = spawnSync(process.execPath, ['scripts/start.mjs'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: empty },
      timeout: 180_000,
    });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('Vitrine could not start: the Electron binary is missing');
    expect(res.stderr).toContain(`ELECTRON_OVERRIDE_DIST_PATH=${empty}`);
    expect(res.stderr).toContain('ELECTRON_OVERRIDE_DIST_PATH=/path/to/electron-folder npm start');
    expect(res.stderr).not.toMatch(/\n\s+at /);
  }, 200_000);
});
