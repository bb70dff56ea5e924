// npm run bench: bundle the benchmark runner with esbuild, then run it in one process.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { importMetaUrl } from './import-meta-url.mjs';

await build({
  ...importMetaUrl,
  entryPoints: ['test/bench/run.ts'], outfile: 'dist/bench/run.cjs', bundle: true, platform: 'node', format: 'cjs',
  target: 'node20', external: ['electron', 'playwright-core'], logLevel: 'warning',
  alias: { electron: './test/stubs/electron.ts' },
});
// The render bench drives the built UI.
const built = spawnSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
const res = spawnSync(process.execPath, ['--expose-gc', 'dist/bench/run.cjs', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(res.status ?? 1);
