import { useId } from 'react';
import type { Locale } from 'date-fns';
import type { Person } from '../../../../shared/schema/workspace';
import { formatLocal, localNoon } from '../../../../shared/domain/dates/local-date';
import { useLocale } from '../../i18n/useLocale';
import { useInventoryText } from './text';

/** A résumé date as the locale says it: "2014", "mars 2021", "7 novembre 2021"; anything else as written. */
function partialDate(text: string, locale: Locale): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return formatLocal(localNoon(text), 'PPP', locale);
  if (/^\d{4}-\d{2}$/.test(text)) return formatLocal(localNoon(`${text}-01`), 'MMMM yyyy', locale);
  return text;
}

/**
 * The schools and certifications kept from imported files (a résumé,
 * LinkedIn's PDF), read-only: they come and go with the files, so the card
 * shows them rather than offering to type them.
 */
export function PersonCareer({ person }: { person: Person }) {
  const { t } = useInventoryText();
  const { locale } = useLocale();
  const ids = { education: useId(), certifications: useId() };
  const when = (start: string, end: string) => [start, end].filter(Boolean).map((x) => partialDate(x, locale)).join(' – ');
  return (
    <div className="person-career" data-testid="person-career">
      <h3 id={ids.education}>{t('person.education')}</h3>
      {person.education.length === 0 ? <p className="muted">{t('person.careerNone')}</p> : (
        <ul aria-labelledby={ids.education} data-testid="person-education">
          {person.education.map((e, i) => (
            <li key={i}>
              <strong>{e.institution}</strong>
              {(e.studyType || e.area) && <> · {[e.studyType, e.area].filter(Boolean).join(', ')}</>}
              {(e.startDate || e.endDate) && <span className="muted"> ({when(e.startDate, e.endDate)})</span>}
            </li>
          ))}
        </ul>
      )}
      <h3 id={ids.certifications}>{t('person.certifications')}</h3>
      {person.certifications.length === 0 ? <p className="muted">{t('person.careerNone')}</p> : (
        <ul aria-labelledby={ids.certifications} data-testid="person-certifications">
          {person.certifications.map((c, i) => (
            <li key={i}>
              <strong>{c.name}</strong>
              {c.issuer && <> · {c.issuer}</>}
              {c.date && <span className="muted"> ({partialDate(c.date, locale)})</span>}
            </li>
          ))}
        </ul>
      )}
      <p className="field-hint">{t('person.careerHint')}</p>
    </div>
  );
}
