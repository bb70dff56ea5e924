import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The Electron binary, if this machine has one (normal install or ELECTRON_OVERRIDE_DIST_PATH). */
export function electronBinary(): string | null {
  try {
    const bin = require('electron') as unknown as string;
    return existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}
