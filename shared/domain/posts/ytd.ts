import type { Localized } from '../../schema/text';

/** One X archive data file, unwrapped. */
export type YtdFile =
  | { ok: true; /** e.g. "tweets", "tweet_headers", "account"; null for bare JSON. */ key: string | null; part: number | null; data: unknown }
  | { ok: false; error: Localized };

const WRAPPER = /^\s*window\.YTD\.([A-Za-z0-9_]+)\.part(\d+)\s*=\s*/;

/**
 * X archives are JavaScript files `window.YTD.<key>.partN = [ … ]`. The part
 * after `=` is JSON, so it is read with JSON.parse: the file is never run.
 * Bare JSON (no wrapper) is accepted too.
 */
export function parseYtdFile(text: string): YtdFile {
  const body = text.replace(/^\uFEFF/, '');
  const m = WRAPPER.exec(body);
  const json = (m ? body.slice(m[0].length) : body).trim().replace(/;\s*$/, '');
  if (!m && !/^[[{]/.test(json)) {
    return { ok: false, error: {
      en: 'Not an X archive data file: expected "window.YTD.<name>.part0 = [ … ]".',
      fr: 'Ce n\'est pas un fichier de données d\'archive X : « window.YTD.<nom>.part0 = [ … ] » attendu.',
    } };
  }
  try {
    return { ok: true, key: m?.[1] ?? null, part: m ? Number(m[2]) : null, data: JSON.parse(json) };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, error: {
      en: `The X archive file is damaged (invalid JSON: ${detail}).`,
      fr: `Le fichier de l’archive X est abîmé (JSON invalide : ${detail}).`,
    } };
  }
}
