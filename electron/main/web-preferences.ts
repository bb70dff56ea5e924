import type { Session, WebPreferences } from 'electron';

/**
 * The main window's locked-down preferences (the preload path is added at creation).
 * No spellcheck: on Windows and Linux it would download Hunspell dictionaries
 * from Google's CDN, and Vitrine makes no network calls.
 */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
} as const satisfies WebPreferences;

/** `.invalid` never resolves (RFC 2606): should anything still ask for a dictionary, nothing is fetched. */
export const NO_DICTIONARY_URL = 'https://dictionaries.invalid/';

/** Spellcheck off for the whole session, and its dictionary downloader pointed nowhere. */
export function disableSpellcheckDownloads(ses: Pick<Session, 'setSpellCheckerEnabled' | 'setSpellCheckerDictionaryDownloadURL'>): void {
  ses.setSpellCheckerEnabled(false);
  ses.setSpellCheckerDictionaryDownloadURL(NO_DICTIONARY_URL);
}
