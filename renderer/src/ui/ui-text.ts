import { defineText } from '../i18n/define-text';

/** Words the shared UI primitives need. */
export const useUiText = defineText('ui', {
  fr: { cancel: 'Annuler', close: 'Fermer', dismiss: 'Masquer', chooseFiles: 'Choisir des fichiers…', chooseFolder: 'Choisir un dossier…', dropHere: 'ou déposez les fichiers ici', dayFormat: 'Date attendue sous la forme {{pattern}}.', timeFormat: 'Heure attendue sous la forme {{pattern}}.', details: 'Détails' },
  en: { cancel: 'Cancel', close: 'Close', dismiss: 'Dismiss', chooseFiles: 'Choose files…', chooseFolder: 'Choose a folder…', dropHere: 'or drop the files here', dayFormat: 'Expected a date as {{pattern}}.', timeFormat: 'Expected a time as {{pattern}}.', details: 'Details' },
});
