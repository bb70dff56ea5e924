import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VITRINE_EXTENSION } from '../../../electron/services/desktop/open-files';

const ROOT = path.resolve(__dirname, '../../..');
const require = createRequire(import.meta.url);

describe('electron-builder configuration (offline)', () => {
  it('loads and passes electron-builder\'s own schema validation', async () => {
    const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
    const { DebugLogger } = require('builder-util');
    const config = await getConfig(ROOT, path.join(ROOT, 'electron-builder.yml'), null);
    await validateConfiguration(config, new DebugLogger(false));
    expect(config.appId).toBe('fr.vitrine.desktop');
    expect(config.productName).toBe('Vitrine');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis', 'portable']);
    expect(config.portable.artifactName).toContain('portable');
    // The associated extension is the one the app recognises on its command line.
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: VITRINE_EXTENSION.slice(1), mimeType: 'application/x-vitrine+json', role: 'Editor' })]);
    expect(config.mac.target).toEqual(['dmg']);
    expect(existsSync(path.join(ROOT, config.linux.icon))).toBe(true);
    expect(existsSync(path.join(ROOT, 'examples/demo.vitrine.json'))).toBe(true);
  });

  it('sets the Electron fuses: no Node mode, no NODE_OPTIONS nor inspect, encrypted cookies, checked asar only', async () => {
    const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
    const { DebugLogger } = require('builder-util');
    const config = await getConfig(ROOT, path.join(ROOT, 'electron-builder.yml'), null);
    await validateConfiguration(config, new DebugLogger(false));
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  const electronDist = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  it.skipIf(!electronDist)('packs an unpacked app with `electron-builder --dir` given an Electron build', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'vitrine-pack-'));
    const res = spawnSync('npx', ['electron-builder', '--dir', '--config', 'electron-builder.yml', `-c.electronDist=${electronDist}`, `-c.directories.output=${out}`], { cwd: ROOT, encoding: 'utf8' });
    expect(res.status, res.stderr).toBe(0);
  }, 300_000);
  if (!electronDist) console.warn('[packaging] electron-builder --dir skipped: no Electron build (set ELECTRON_OVERRIDE_DIST_PATH)');
});
