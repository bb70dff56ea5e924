import type { VitrineApi } from '../../shared/ipc/contract';

// What the e2e bridge (or the preload) puts on window, for page.evaluate callbacks.
declare global {
  interface Window {
    vitrine: VitrineApi;
  }
}
