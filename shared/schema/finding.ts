import { z } from 'zod';
import { ProfileField } from './network';
import { Localized } from './text';

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/**
 * One piece of advice. Produced by the audit rules and by the plan's
 * regularity warnings alike, so both show up in the same list.
 */
export const Finding = z.object({
  /** Stable identity (code + subjects), used to dismiss a finding. */
  key: z.string().min(1),
  /** Stable kebab-case rule code, e.g. "missing-photo". */
  code: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  severity: Severity,
  profileId: z.string().nullable(),
  network: z.string().nullable(),
  field: ProfileField.nullable(),
  message: Localized,
  why: Localized,
  fix: Localized,
  /** Points this finding costs the profile's score (0 for info). */
  points: z.number().nonnegative(),
});
export type Finding = z.infer<typeof Finding>;
