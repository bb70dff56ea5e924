import { z } from 'zod';

export const Lang = z.enum(['fr', 'en']);
export type Lang = z.infer<typeof Lang>;

/** A user-facing text in both of Vitrine's languages. */
export const Localized = z.object({ fr: z.string(), en: z.string() });
export type Localized = z.infer<typeof Localized>;

