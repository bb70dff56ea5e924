import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is a static bundle served from app://vitrine/ (and 127.0.0.1 in e2e).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        // The first chunk evaluated: the early client-list call (src/early-list.ts), then zod with its jitless
        // switch, so the switch is set before any chunk builds a schema (otherwise zod probes with
        // new Function, which the CSP refuses and reports).
        manualChunks: (id) => (/[\\/]node_modules[\\/]zod[\\/]|[\\/]src[\\/](zod-config|early-list)\.ts$/.test(id) ? 'boot' : undefined),
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
});
