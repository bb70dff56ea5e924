import type { Lang } from '../../schema/text';

/** Languages people list on résumés; enough to recognise "fr" = "French" = "français". */
const COMMON = ['ar', 'bg', 'ca', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'eu', 'fa', 'fi', 'fr', 'he', 'hi', 'hr', 'hu', 'id', 'it',
  'ja', 'ko', 'lt', 'lv', 'nl', 'no', 'pl', 'pt', 'ro', 'ru', 'sk', 'sl', 'sr', 'sv', 'th', 'tr', 'uk', 'vi', 'zh', 'br', 'oc', 'co'];

function displayNames(lang: Lang): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([lang], { type: 'language', fallback: 'none' });
  } catch {
    return null; // a runtime without Intl display names: codes stay codes
  }
}

const NAMES: Record<Lang, Intl.DisplayNames | null> = { fr: displayNames('fr'), en: displayNames('en') };
const CODE = /^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$/i;

/** "fr", "French", "Français" and "français" all give "fr"; an unknown language gives its lower-case text. */
export function languageKey(text: string): string {
  const lower = text.trim().toLowerCase();
  const code = CODE.exec(lower)?.[1];
  if (code && NAMES.en?.of(code) !== undefined) return code;
  for (const candidate of COMMON) {
    if (NAMES.en?.of(candidate)?.toLowerCase() === lower || NAMES.fr?.of(candidate)?.toLowerCase() === lower) return candidate;
  }
  return lower;
}

/** A bare code ("fr") shown as a name in the interface language ("French" / "français"); other text unchanged. */
export function languageName(text: string, lang: Lang): string {
  const trimmed = text.trim();
  const code = CODE.exec(trimmed)?.[1]?.toLowerCase();
  return (code && NAMES[lang]?.of(code)) || trimmed;
}
