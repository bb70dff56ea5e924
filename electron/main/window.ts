import { BrowserWindow, screen } from 'electron';
import type { WindowBounds } from '../../shared/schema/library';
import { SECURE_WEB_PREFERENCES } from './web-preferences';

const DEFAULT = { width: 1280, height: 820 };

/** Saved bounds, if they still fit on a connected display. */
function visibleBounds(saved: WindowBounds | null): Partial<WindowBounds> {
  if (!saved) return DEFAULT;
  const area = screen.getDisplayMatching(saved).workArea;
  const fits = saved.x >= area.x - 50 && saved.y >= area.y - 50 && saved.x + 100 <= area.x + area.width && saved.y + 100 <= area.y + area.height;
  return fits ? saved : { width: saved.width, height: saved.height };
}

export function createMainWindow(opts: {
  preload: string;
  url: string;
  saved: WindowBounds | null;
  onBoundsChange: (bounds: WindowBounds) => void;
  /** Writes pending edits; false keeps the window open (the user chose to stay). */
  beforeClose: () => boolean;
}): BrowserWindow {
  const bounds = visibleBounds(opts.saved);
  const win = new BrowserWindow({
    ...bounds,
    minWidth: 880,
    minHeight: 600,
    show: false,
    title: 'Vitrine',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: opts.preload },
  });
  if (opts.saved?.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  // On close, ask the page to send its pending edit (bounded wait), then write and go.
  let flushed = false;
  win.on('close', (event) => {
    opts.onBoundsChange({ ...win.getNormalBounds(), maximized: win.isMaximized() });
    if (flushed) return;
    event.preventDefault();
    const pageFlush = win.webContents.executeJavaScript('window.__vitrineFlush ? window.__vitrineFlush() : null', true);
    const timeout = new Promise((resolve) => setTimeout(resolve, 2000));
    void Promise.race([pageFlush, timeout]).catch(() => undefined).finally(() => {
      if (!opts.beforeClose()) return;
      flushed = true;
      win.close();
    });
  });
  void win.loadURL(opts.url);
  return win;
}
