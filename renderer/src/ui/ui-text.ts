import { defineText } from '../i18n/define-text';

/** Words the shared UI primitives need. */
export const useUiText = defineText('ui', {
  fr: { cancel: 'Annuler', close: 'Fermer', dismiss: 'Masquer', chooseFiles: 'Choisir des fichiers…', chooseFolder: 'Choisir un dossier…', dropHere: 'ou déposez les fichiers ici' },
  en: { cancel: 'Cancel', close: 'Close', dismiss: 'Dismiss', chooseFiles: 'Choose files…', chooseFolder: 'Choose a folder…', dropHere: 'or drop the files here' },
});
