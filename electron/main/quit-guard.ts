import type { Lang } from '../../shared/schema/text';

/** What the user chose when edits could not be saved at close. */
export type CloseChoice = 'save-copy' | 'quit' | 'cancel';

export interface QuitGuard {
  /** Writes pending edits; true when everything is on disk. */
  flush: () => boolean;
  /** Asks the user (a message box in the app). */
  ask: () => CloseChoice;
  /** Saves a copy where the user says; true when written. */
  saveCopy: () => boolean;
}

/**
 * Whether the window may close. Nothing to lose: yes. Otherwise the user
 * chooses: cancel (stay, the banner keeps retrying), quit anyway, or save a
 * copy first; a copy that was cancelled or failed asks again.
 */
export function mayClose(guard: QuitGuard): boolean {
  if (guard.flush()) return true;
  for (;;) {
    const choice = guard.ask();
    if (choice === 'cancel') return false;
    if (choice === 'quit') return true;
    if (guard.saveCopy()) return true;
  }
}

/** The close dialog's words; buttons in the order of CLOSE_CHOICES. */
export const CLOSE_TEXT: Record<Lang, { title: string; message: string; detail: (error: string | null) => string; buttons: [string, string, string] }> = {
  fr: {
    title: 'Modifications non enregistrées',
    message: "Vitrine n’a pas pu enregistrer vos dernières modifications.",
    detail: (error) => `Si vous quittez maintenant, elles seront perdues. Enregistrez une copie ailleurs (une clé USB, un autre dossier) ou restez dans Vitrine pour réessayer.${error ? `\n\nDétails : ${error}` : ''}`,
    buttons: ['Enregistrer une copie ailleurs…', 'Quitter sans enregistrer', 'Annuler'],
  },
  en: {
    title: 'Unsaved changes',
    message: 'Vitrine could not save your latest changes.',
    detail: (error) => `If you quit now, they will be lost. Save a copy elsewhere (a USB key, another folder) or stay in Vitrine to try again.${error ? `\n\nDetails: ${error}` : ''}`,
    buttons: ['Save a copy elsewhere…', 'Quit without saving', 'Cancel'],
  },
};

export const CLOSE_CHOICES: readonly CloseChoice[] = ['save-copy', 'quit', 'cancel'];
