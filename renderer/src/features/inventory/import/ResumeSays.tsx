import { useId } from 'react';
import type { ImportPreview } from '../../../../../shared/ipc/contract';
import { defineText } from '../../../i18n/define-text';
import { useLocale } from '../../../i18n/useLocale';

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

const useText = defineText('import-resume', { fr, en });

/** The import preview's short audit of a JSON Resume's own content (shared/domain/audit/person-audit.ts). */
export function ResumeSays({ findings }: { findings: NonNullable<ImportPreview['resume']> }) {
  const { t } = useText();
  const { lang } = useLocale();
  const ids = { title: useId(), hint: useId() };
  return (
    <section className="resume-says" aria-labelledby={ids.title} aria-describedby={ids.hint} data-testid="import-resume">
      <h3 id={ids.title}>{t('title')}</h3>
      <p id={ids.hint} className="field-hint">{t('hint')}</p>
      {findings.length === 0 ? (
        <p className="muted">{t('fine')}</p>
      ) : (
        <ul className="issue-list">
          {findings.map((f) => (
            <li key={`${f.code}:${f.message.en}`} data-code={f.code}>
              <span className={`chip ${f.severity}`}>{t(`severity.${f.severity}`)}</span> <strong>{f.message[lang]}</strong> {f.fix[lang]}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
