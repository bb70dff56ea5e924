import type { AuditFinding, PointsByCode } from '../../../../shared/domain/audit';
import { useLocale } from '../../i18n/useLocale';
import { useAuditText } from './text';

interface BreakdownProps {
  breakdown: readonly PointsByCode[];
  /** The findings the points come from: each row quotes the first one's message. */
  findings: readonly AuditFinding[];
  testId?: string;
}

/** "Why this score": each rule that cost points, with what its findings said. */
export function Breakdown({ breakdown, findings, testId }: BreakdownProps) {
  const { t } = useAuditText();
  const { lang } = useLocale();
  if (breakdown.length === 0) return <p className="muted">{t('nothingLost')}</p>;
  return (
    <ul className="breakdown" data-testid={testId}>
      {breakdown.map((b) => {
        const messages = [...new Set(findings.filter((f) => f.code === b.code).map((f) => f.message[lang]))];
        return (
          <li key={b.code}>
            <span className="breakdown-points" aria-label={t('pointsLong', { points: b.points })}>{t('points', { points: b.points })}</span>
            {messages.length > 1
              ? <ul className="breakdown-text">{messages.map((m) => <li key={m}>{m}</li>)}</ul>
              : <span className="breakdown-text">{messages[0] ?? b.code}</span>}
          </li>
        );
      })}
    </ul>
  );
}
