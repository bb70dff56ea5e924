import { tmpdir } from 'node:os';

// Stand-in for the `electron` module in plain Node tests. Storage always passes
// an explicit `cwd`, so nothing here needs to do real work.
export const app = {
  // electron-store asks for userData even when given an absolute cwd.
  getPath: (): string => tmpdir(),
  getVersion: (): string => '0.0.0-test',
  getName: (): string => 'Vitrine',
};
export const ipcMain = { handle: (): void => undefined, on: (): void => undefined };
export const shell = { openExternal: async (): Promise<void> => undefined, openPath: async (): Promise<string> => '' };
export default { app, ipcMain, shell };
