import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { shellText } from './shell-text';

export type Lang = 'fr' | 'en';

/** A feature's strings: French and English must have the same keys. */
export type Dictionary<T> = { fr: T; en: T };

export { resolveLang } from '../../../shared/schema/text';

/**
 * Each feature registers its own namespace (features/<x>/text.ts), so
 * features don't share one big dictionary file.
 */
export function registerText<T extends object>(namespace: string, dict: Dictionary<T>): void {
  i18next.addResourceBundle('fr', namespace, dict.fr, true, true);
  i18next.addResourceBundle('en', namespace, dict.en, true, true);
}

export async function initI18n(lang: Lang): Promise<void> {
  await i18next.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'en',
    defaultNS: 'shell',
    resources: { fr: { shell: shellText.fr }, en: { shell: shellText.en } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

export { i18next };
