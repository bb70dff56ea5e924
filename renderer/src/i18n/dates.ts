import { formatDistanceToNow, type Locale } from 'date-fns';
import { enGB, enUS, fr } from 'date-fns/locale';
import type { Lang } from './index';
import { formatLocal } from '../../../shared/domain/dates/local-date';

/** date-fns locale for the UI language; English follows the system's region (week start). */
export function dateLocale(lang: Lang, systemLocale: string): Locale {
  if (lang === 'fr') return fr;
  return systemLocale === 'en-US' ? enUS : enGB;
}

export function weekStartsOn(locale: Locale): 0 | 1 {
  return (locale.options?.weekStartsOn ?? 1) === 0 ? 0 : 1;
}

export function formatDate(iso: string | Date, locale: Locale, pattern = 'PP'): string {
  return formatLocal(typeof iso === 'string' ? new Date(iso) : iso, pattern, locale);
}

export function formatAgo(iso: string, locale: Locale): string {
  return formatDistanceToNow(new Date(iso), { addSuffix: true, locale });
}
