import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { shellText } from './shell-text';

export type Lang = 'fr' | 'en';

/** A feature's strings: French and English must have the same keys. */
export type Dictionary<T> = { fr: T; en: T };

export { resolveLang } from '../../../shared/domain/lang';

/**
 * Each feature registers its own namespace (features/<x>/text.ts), so
 * features don't share one big dictionary file.
 */
export function registerText<T extends object>(namespace: string, dict: Dictionary<T>): void {
  i18next.addResourceBundle('fr', namespace, withMany(dict.fr), true, true);
  i18next.addResourceBundle('en', namespace, dict.en, true, true);
}

/**
 * French has a third plural form, "many" (1 000 000 de clients), which i18next
 * asks for and does not fall back from: it reads as the "other" form.
 */
export function withMany<T extends object>(tree: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(tree)) {
    out[k] = v !== null && typeof v === 'object' ? withMany(v as object) : v;
    const base = /^(.*)_other$/.exec(k)?.[1];
    if (base !== undefined && !(`${base}_many` in tree)) out[`${base}_many`] = v;
  }
  return out as T;
}

export async function initI18n(lang: Lang): Promise<void> {
  await i18next.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'en',
    defaultNS: 'shell',
    resources: { fr: { shell: withMany(shellText.fr) }, en: { shell: shellText.en } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

export { i18next };
