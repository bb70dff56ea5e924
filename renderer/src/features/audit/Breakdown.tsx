import type { AuditFinding, PointsByCode } from '../../../../shared/domain/audit';
import { useLocale } from '../../i18n/useLocale';
import { useAuditText } from './text';

interface BreakdownProps {
  breakdown: readonly PointsByCode[];
  /** The findings the points come from: each row quotes the first one's message. */
  findings: readonly AuditFinding[];
  testId?: string;
}

/** "Why this score": each rule that cost points, with what it said and how many findings. */
export function Breakdown({ breakdown, findings, testId }: BreakdownProps) {
  const { t } = useAuditText();
  const { lang } = useLocale();
  if (breakdown.length === 0) return <p className="muted">{t('nothingLost')}</p>;
  return (
    <ul className="breakdown" data-testid={testId}>
      {breakdown.map((b) => {
        const same = findings.filter((f) => f.code === b.code);
        const first = same[0];
        return (
          <li key={b.code}>
            <span className="breakdown-points" aria-label={t('pointsLong', { points: b.points })}>{t('points', { points: b.points })}</span>
            <span className="breakdown-text">
              {first ? first.message[lang] : b.code}
              {same.length > 1 && <span className="muted"> {t('times', { count: same.length })}</span>}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
