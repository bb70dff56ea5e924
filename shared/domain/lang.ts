import type { Lang } from '../schema/text';

/**
 * French on a French system, English otherwise, unless Settings says (UI and
 * main-process notifications alike). Apart from the schemas so that the UI's
 * first screen can choose its language without loading zod.
 */
export function resolveLang(setting: 'system' | Lang, systemLocale: string): Lang {
  if (setting !== 'system') return setting;
  return systemLocale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
