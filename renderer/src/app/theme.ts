import type { Settings } from '../../../shared/schema/library';

/** "system" leaves the choice to prefers-color-scheme in the stylesheet. */
export function applyTheme(theme: Settings['theme']): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}
