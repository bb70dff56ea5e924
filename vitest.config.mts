import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Unit and conformance tests run in plain Node: `electron` is a stub, and
// electron-store is inlined so that it picks the stub up.
export default defineConfig({
  resolve: {
    alias: { electron: fileURLToPath(new URL('./test/stubs/electron.ts', import.meta.url)) },
  },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/conformance/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/faults/**/*.test.ts', 'test/e2e/**/*.e2e.ts', 'test/electron/**/*.test.ts'],
    environment: 'node',
    server: { deps: { inline: ['electron-store'] } },
    testTimeout: 30000,
    // CI machines are loaded: give UI polls time before calling a failure.
    expect: { poll: { timeout: 8000, interval: 50 } },
  },
});
