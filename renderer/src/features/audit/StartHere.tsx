import { useMemo } from 'react';
import { startHere, type AuditReport } from '../../../../shared/domain/audit';
import { useNavigation } from '../../app/navigation';
import { useLocale } from '../../i18n/useLocale';
import { useAuditText } from './text';

/** "Start here": the three fixes worth the most points on the whole presence, each with the way to its field. */
export function StartHere({ report, labels }: { report: AuditReport; labels: ReadonlyMap<string, string> }) {
  const { t } = useAuditText();
  const { lang } = useLocale();
  const { navigate } = useNavigation();
  const fixes = useMemo(() => startHere(report), [report]);
  if (fixes.length === 0) return null;
  return (
    <section className="card start-here" aria-labelledby="start-here-title" data-testid="start-here">
      <h2 id="start-here-title" className="audit-card-title">{t('startHere')}</h2>
      <p className="muted">{t('startHereIntro')}</p>
      <ol className="start-here-list">
        {fixes.map((fix) => {
          const first = fix.findings[0]!;
          const owners = fix.findings.filter((f) => f.profileId !== null);
          return (
            <li key={fix.code} className="start-here-fix" data-testid="start-here-fix" data-code={fix.code} data-gain={fix.gain}>
              <span className="start-here-gain" aria-label={t('gainLong', { points: fix.gain })}>{t('gain', { points: fix.gain })}</span>
              <div className="start-here-body">
                <strong>{fix.findings.length > 1 ? t('fixOnOthers', { count: fix.findings.length - 1, message: first.message[lang] }) : first.message[lang]}</strong>
                <p>{first.fix[lang]}</p>
                {owners.length > 0 && (
                  <ul className="start-here-owners">
                    {owners.map((f) => {
                      const label = labels.get(f.profileId!) ?? f.profileId!;
                      return (
                        <li key={f.key}>
                          <button
                            type="button"
                            className="btn small"
                            title={f.message[lang]}
                            onClick={() => navigate('inventory', { profileId: f.profileId!, field: f.field })}
                            data-testid="start-here-fix-it"
                          >
                            {t('fixIt')} · {label}
                          </button>
                        </li>
                      );
                    })}
                  </ul>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
