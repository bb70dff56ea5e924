import { useId } from 'react';
import type { ImportPreview } from '../../../../../shared/ipc/contract';
import { useLocale } from '../../../i18n/useLocale';
import { useResumeText as useText } from './resume-text';

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
