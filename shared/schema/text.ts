import { z } from 'zod';

export const Lang = z.enum(['fr', 'en']);
export type Lang = z.infer<typeof Lang>;

/** A user-facing text in both of Vitrine's languages. */
export const Localized = z.object({ fr: z.string(), en: z.string() });
export type Localized = z.infer<typeof Localized>;

/** French on a French system, English otherwise, unless Settings says (UI and main-process notifications alike). */
export function resolveLang(setting: 'system' | Lang, systemLocale: string): Lang {
  if (setting !== 'system') return setting;
  return systemLocale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
