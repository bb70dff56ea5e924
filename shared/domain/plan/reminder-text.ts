import type { Lang } from '../../schema/text';

/**
 * The words of a posting reminder, shared by the ICS alarm and the system
 * notification so both say the same thing. French puts a space before the
 * colon and uses « » ; English uses “ ”. `now` only for the notification that
 * fires at the slot's time (an ICS alarm rings ahead of it).
 */
export function reminderText(lang: Lang, network: string, theme: string, now: boolean): string {
  const t = theme.trim();
  if (lang === 'fr') return `${network} : publier${t ? ` sur « ${t} »` : ''}${now ? ' maintenant' : ''}`;
  return `${network}: post${t ? ` on “${t}”` : ''}${now ? ' now' : ''}`;
}
