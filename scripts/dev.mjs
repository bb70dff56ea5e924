// npm run dev: Vite with hot reload for the UI, esbuild watch for main/preload, and Electron.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'vite';
import { electronBinary, noBinaryMessage } from './electron-binary.mjs';

const server = await createServer({ configFile: 'vite.config.mts' });
await server.listen();
const devUrl = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
// Main and preload must exist before Electron starts; then keep them rebuilt.
spawnSync(process.execPath, ['scripts/build-node.mjs'], { stdio: 'inherit' });
spawn(process.execPath, ['scripts/build-node.mjs', '--watch'], { stdio: 'inherit' });
const binary = electronBinary();
if (!binary.path) {
  console.error(noBinaryMessage(binary.missing));
  console.error(`The UI alone is served at ${devUrl} (without the desktop bridge).`);
} else {
  const child = spawn(binary.path, ['.'], { stdio: 'inherit', env: { ...process.env, VITRINE_DEV_URL: devUrl } });
  child.on('exit', () => process.exit(0));
}
