import type { useDesktopText } from './text';

type T = ReturnType<typeof useDesktopText>['t'];

/** The lead times offered in Settings, in minutes. */
export const LEAD_CHOICES = [0, 5, 10, 15, 30, 60, 120, 1440] as const;

/** "15 minutes before", "2 hours before", "the day before". */
export function leadLabel(t: T, minutes: number): string {
  if (minutes === 1440) return t('reminders.day');
  if (minutes >= 60 && minutes % 60 === 0) return t('reminders.hours', { count: minutes / 60 });
  return t('reminders.leadOption', { count: minutes });
}
