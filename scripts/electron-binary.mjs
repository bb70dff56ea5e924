// Finds the Electron binary, trying Electron's own install step once if it is
// missing, and explains clearly what to do when it cannot be downloaded.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function locate() {
  try {
    const binary = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** Why the install step failed, in one line (its own output is a long stack trace). */
function reason(output) {
  const line = output.split('\n').map((l) => l.trim()).find((l) => /^(Error|RequestError|HTTPError)|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT/.test(l));
  return line ?? 'the download failed';
}

/** The binary's path, or { missing: why } after one attempt at Electron's own install step. */
export function electronBinary() {
  const found = locate();
  if (found) return { path: found };
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return { missing: `no Electron executable in ELECTRON_OVERRIDE_DIST_PATH=${process.env.ELECTRON_OVERRIDE_DIST_PATH}` };
  console.error('Electron binary not found; running Electron\'s install step…');
  const installer = require.resolve('electron/install.js');
  const res = spawnSync(process.execPath, [installer], { encoding: 'utf8', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' } });
  delete require.cache[require.resolve('electron')];
  const retried = locate();
  return retried ? { path: retried } : { missing: reason(`${res.stderr}\n${res.stdout}`) };
}

export const noBinaryMessage = (why) => `
Vitrine could not start: the Electron binary is missing and could not be downloaded (${why}).
Electron downloads its binary from GitHub during "npm install"; that download was
skipped or blocked (no network, a proxy, or ELECTRON_SKIP_BINARY_DOWNLOAD=1).

Fix it one of these ways:
  • with network access:  rm -rf node_modules/electron && npm install
  • with an Electron build you already have (version ${require('electron/package.json').version}):
        ELECTRON_OVERRIDE_DIST_PATH=/path/to/electron-folder npm start
    (the folder that contains the "electron" executable, or Electron.app on macOS)
`;
