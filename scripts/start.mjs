// npm start: build, then launch Electron; never fail obscurely.
import { spawn, spawnSync } from 'node:child_process';
import { electronBinary, noBinaryMessage } from './electron-binary.mjs';

const built = spawnSync('npm', ['run', '-s', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (built.status !== 0) {
  console.error('Vitrine could not start: the build failed (see above).');
  process.exit(built.status ?? 1);
}
const binary = electronBinary();
if (!binary.path) {
  console.error(noBinaryMessage(binary.missing));
  process.exit(1);
}
const child = spawn(binary.path, ['.', ...process.argv.slice(2)], { stdio: 'inherit', env: process.env });
child.on('exit', (code) => process.exit(code ?? 0));
