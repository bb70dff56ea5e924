// npm run dev: Vite with hot reload for the UI, esbuild watch for main/preload, and Electron.
import { spawn } from 'node:child_process';
import { createServer } from 'vite';
import { electronBinary, NO_BINARY_MESSAGE } from './electron-binary.mjs';

const server = await createServer({ configFile: 'vite.config.mts' });
await server.listen();
const devUrl = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
spawn(process.execPath, ['scripts/build-node.mjs', '--watch'], { stdio: 'inherit' });
const binary = electronBinary();
if (!binary) {
  console.error(NO_BINARY_MESSAGE);
  console.error(`The UI alone is served at ${devUrl} (without the desktop bridge).`);
} else {
  const child = spawn(binary, ['.'], { stdio: 'inherit', env: { ...process.env, VITRINE_DEV_URL: devUrl } });
  child.on('exit', () => process.exit(0));
}
