import { call } from '../api';

/**
 * Defence in depth on top of the main process's navigation lock: a click on
 * an external link never navigates the app; it asks the main process, which
 * opens allow-listed URLs in the system browser. window.open does the same.
 */
export function installLinkGuard(): void {
  document.addEventListener('click', (event) => {
    const anchor = (event.target as Element | null)?.closest?.('a[href]');
    if (!(anchor instanceof HTMLAnchorElement)) return;
    const href = anchor.getAttribute('href') ?? '';
    if (href.startsWith('#')) return;
    event.preventDefault();
    void call('link:open', { url: anchor.href });
  });
  window.open = (url?: string | URL) => {
    if (url) void call('link:open', { url: String(url) });
    return null;
  };
}
