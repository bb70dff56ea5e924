import { homedir } from 'node:os';
import path from 'node:path';
import { usage, resolvePath, type CliIo } from './io';
import { nodeFs } from '../services/vault-fs';

/**
 * The app's data folder: --data-dir, else VITRINE_DATA_DIR (as the app reads
 * it), else Electron's userData folder for "Vitrine" on this system.
 */
export function dataDir(io: CliIo, option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = option ?? env.VITRINE_DATA_DIR;
  const dir = chosen !== undefined ? resolvePath(io, chosen) : defaultDataDir(env);
  if (!nodeFs.isDirectory(dir)) throw usage(`no data folder at ${dir}${chosen === undefined ? ' (give one with --data-dir)' : ''}`);
  return dir;
}

function defaultDataDir(env: NodeJS.ProcessEnv): string {
  if (process.platform === 'win32') return path.join(env.APPDATA ?? path.join(homedir(), 'AppData', 'Roaming'), 'Vitrine');
  if (process.platform === 'darwin') return path.join(homedir(), 'Library', 'Application Support', 'Vitrine');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(homedir(), '.config'), 'Vitrine');
}
