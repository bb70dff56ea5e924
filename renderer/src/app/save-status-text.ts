import { defineText } from '../i18n/define-text';

/** The save-failure banner's words. */
export const useSaveStatusText = defineText('saveStatus', {
  fr: {
    title: "Vos modifications ne sont pas enregistrées.",
    kept: "Elles restent en mémoire tant que Vitrine est ouvert, et Vitrine réessaie toutes les 5 secondes.",
    reason: {
      'read-only': "Le dossier des données est protégé en écriture (lecture seule ou droits insuffisants).",
      'disk-full': 'Le disque est plein.',
      gone: "Le dossier des données n’est plus accessible (une clé USB retirée, un disque débranché ?).",
      other: "L’écriture sur le disque a échoué.",
    },
    retry: 'Réessayer',
    retrying: 'Nouvel essai…',
    stillFailing: "Toujours impossible d’enregistrer.",
    saveCopy: 'Enregistrer une copie ailleurs…',
    copySaved: 'Copie enregistrée : {{path}}',
    copyFailed: 'La copie a échoué : {{message}}',
  },
  en: {
    title: 'Your changes are not saved.',
    kept: 'They stay in memory while Vitrine is open, and Vitrine tries again every 5 seconds.',
    reason: {
      'read-only': 'The data folder is write-protected (read-only, or not enough rights).',
      'disk-full': 'The disk is full.',
      gone: 'The data folder can no longer be reached (a USB key removed, a disk unplugged?).',
      other: 'Writing to the disk failed.',
    },
    retry: 'Retry',
    retrying: 'Retrying…',
    stillFailing: 'Still unable to save.',
    saveCopy: 'Save a copy elsewhere…',
    copySaved: 'Copy saved: {{path}}',
    copyFailed: 'The copy failed: {{message}}',
  },
});
