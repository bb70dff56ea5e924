import type { Locale } from 'date-fns';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../app/library';
import { dateLocale, weekStartsOn } from './dates';
import type { Lang } from './index';

/** The UI language and the matching date-fns locale. */
export function useLocale(): { lang: Lang; locale: Locale; weekStartsOn: 0 | 1 } {
  const { i18n } = useTranslation();
  const info = useAppInfo();
  const lang: Lang = i18n.language === 'fr' ? 'fr' : 'en';
  const locale = dateLocale(lang, info.systemLocale);
  return { lang, locale, weekStartsOn: weekStartsOn(locale) };
}
