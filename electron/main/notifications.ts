import { Notification } from 'electron';
import { reminderText } from '../../shared/domain/plan/reminder-text';
import type { Reminder } from '../../shared/domain/plan/reminders';
import type { Lang } from '../../shared/schema/text';

const SNOOZE = { fr: 'Plus tard (10 min)', en: 'Later (10 min)' } as const;
export const SNOOZE_MINUTES = 10;

/**
 * A posting reminder as a system notification (no network: a local toast).
 * Clicking it opens the slot in the app; macOS also offers "Later" as a
 * button. Kept alive in a set so it is not garbage-collected before a click.
 */
const alive = new Set<Notification>();

export function showReminder(r: Reminder, lang: Lang, on: { open: () => void; snooze: () => void }): void {
  if (!Notification.isSupported()) return;
  const n = new Notification({
    title: reminderText(lang, r.networkLabel, r.theme, true),
    body: r.draft ? r.draft.slice(0, 180) : r.workspaceName,
    actions: [{ type: 'button', text: SNOOZE[lang] }],
  });
  alive.add(n);
  n.on('click', () => on.open());
  n.on('action', () => on.snooze());
  n.on('close', () => alive.delete(n));
  n.show();
}
