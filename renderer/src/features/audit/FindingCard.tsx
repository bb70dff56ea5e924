import type { AuditFinding } from '../../../../shared/domain/audit';
import { fixTarget } from '../../../../shared/domain/audit/fix-target';
import { useNavigation } from '../../app/navigation';
import { useLocale } from '../../i18n/useLocale';
import { useAuditText } from './text';

interface FindingCardProps {
  finding: AuditFinding;
  /** Shown when the list is not already grouped by profile. */
  profileLabel: string | null;
  onDismiss: (f: AuditFinding) => void;
  /** The first finding of its rule on the screen: why and how are shown open; later ones fold them away. */
  firstOfRule: boolean;
}

/** One finding: what is wrong, why it matters, how to fix it, and the way there. */
export function FindingCard({ finding: f, profileLabel, onDismiss, firstOfRule }: FindingCardProps) {
  const { t } = useAuditText();
  const { lang } = useLocale();
  const { navigate } = useNavigation();
  const message = f.message[lang];
  const target = fixTarget(f);
  return (
    <li className={`finding sev-${f.severity}`} data-testid="finding" data-code={f.code} data-key={f.key}>
      <div className="finding-head">
        <span className={`chip ${f.severity}`}>{t(`severityOne.${f.severity}`)}</span>
        <strong className="finding-message">{message}</strong>
        {f.points > 0 && <span className="finding-points" aria-label={t('pointsLong', { points: f.points })}>{t('points', { points: f.points })}</span>}
      </div>
      {profileLabel && <p className="finding-profile muted">{profileLabel}</p>}
      <details className="finding-explain" open={firstOfRule} data-testid="finding-explain">
        <summary>{t('whyHow')}</summary>
        <dl className="finding-details">
          <dt>{t('why')}</dt>
          <dd>{f.why[lang]}</dd>
          <dt>{t('fix')}</dt>
          <dd>{f.fix[lang]}</dd>
        </dl>
      </details>
      <div className="finding-actions">
        {target !== null && (
          <button
            type="button"
            className="btn small primary"
            aria-label={t('fixItLabel', { message })}
            onClick={() => navigate(target === 'plan' ? 'plan' : 'inventory', { profileId: f.profileId as string, field: f.field })}
            data-testid="fix-it"
          >
            {t('fixIt')}
          </button>
        )}
        <button type="button" className="btn small" aria-label={t('dismissLabel', { message })} onClick={() => onDismiss(f)} data-testid="dismiss">
          {t('dismiss')}
        </button>
      </div>
    </li>
  );
}
