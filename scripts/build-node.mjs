// Bundles the Node-side entry points (main, preload, CLI) with esbuild.
// The preload must be one CommonJS file: sandboxed preloads cannot require modules.
import { mkdirSync, writeFileSync } from 'node:fs';
import { build, context } from 'esbuild';
import { productionLicenses } from './licenses.mjs';

import { importMetaUrl } from './import-meta-url.mjs';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };
const targets = [
  { ...common, ...importMetaUrl, entryPoints: ['electron/main/index.ts'], outfile: 'dist/electron/main.cjs', external: ['electron'] },
  { ...common, entryPoints: ['electron/preload/index.ts'], outfile: 'dist/electron/preload.cjs', external: ['electron'] },
  { ...common, ...importMetaUrl, entryPoints: ['electron/cli/index.ts'], outfile: 'dist/cli/vitrine.cjs', external: ['electron', 'playwright-core'] },
];

const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const selected = only ? targets.filter((t) => t.outfile.includes(only)) : targets;

// Help › About lists what the app ships with, generated from node_modules at each build.
if (!only || only === 'electron') {
  mkdirSync('dist/electron', { recursive: true });
  writeFileSync('dist/electron/licenses.json', `${JSON.stringify(productionLicenses(process.cwd()), null, 1)}\n`);
}

if (process.argv.includes('--watch')) {
  for (const t of selected) await (await context(t)).watch();
} else {
  await Promise.all(selected.map((t) => build(t)));
}
