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
  win.on('close', () => opts.onBoundsChange({ ...win.getNormalBounds(), maximized: win.isMaximized() }));
  void win.loadURL(opts.url);
  return win;
}
