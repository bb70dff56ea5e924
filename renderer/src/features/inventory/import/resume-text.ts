import { defineText } from '../../../i18n/define-text';

const fr = {
  title: 'Ce que dit le CV',
  hint: 'Son nom, sa fonction, son accroche, sa photo et son site, lus comme un coach les lit. Non compté dans le score : le CV n’est pas un profil public ; les profils qu’il nomme restent à vérifier.',
  fine: 'Rien à redire sur son contenu.',
  severity: { error: 'À corriger', warning: 'À revoir', info: 'Conseil' },
};
const en: typeof fr = {
  title: 'What the résumé says',
  hint: 'Its name, function, summary, picture and site, read as a coach reads them. Not counted in the score: a résumé is not a public profile; the profiles it names stay to verify.',
  fine: 'Nothing to point out in its content.',
  severity: { error: 'Fix', warning: 'Review', info: 'Tip' },
};

/** The import preview's "What the résumé says" section. */
export const useResumeText = defineText('import-resume', { fr, en });

