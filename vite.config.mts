import react from '@vitejs/plugin-react';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const EARLY_CALLS = path.resolve(import.meta.dirname, 'renderer/src/early-calls.ts');

/**
 * Builds src/early-calls.ts as an entry of its own and tags it first in the page,
 * async: it makes start-up's calls as soon as its few hundred bytes arrive,
 * instead of after the whole app's code is fetched and compiled.
 */
function earlyCallsScript(): Plugin {
  return {
    name: 'vitrine-early-calls',
    apply: 'build',
    buildStart() {
      this.emitFile({ type: 'chunk', id: EARLY_CALLS, name: 'early-calls' });
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.isEntry && c.facadeModuleId === EARLY_CALLS);
        if (!chunk) throw new Error('early-calls chunk missing from the bundle');
        return [{ tag: 'script', attrs: { type: 'module', async: true, crossorigin: true, src: `./${chunk.fileName}` }, injectTo: 'head-prepend' }];
      },
    },
  };
}

// The renderer is a static bundle served from app://vitrine/ (and 127.0.0.1 in e2e).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), earlyCallsScript()],
  resolve: { alias: [{ find: /^zod$/, replacement: path.resolve(import.meta.dirname, 'renderer/src/zod-jitless.ts') }] },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
});
