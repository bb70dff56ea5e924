import type { AuditFinding } from '../../../../shared/domain/audit';
import type { Dismissal } from '../../../../shared/schema/workspace';
import { useLocale } from '../../i18n/useLocale';
import { useAuditText } from './text';
import { formatLocal } from '../../../../shared/domain/dates/local-date';

interface DismissedListProps {
  dismissed: readonly AuditFinding[];
  dismissals: readonly Dismissal[];
  labels: ReadonlyMap<string, string>;
  onRestore: (key: string) => void;
}

/** Dismissed findings, folded away, each with its reason and a way back. */
export function DismissedList({ dismissed, dismissals, labels, onRestore }: DismissedListProps) {
  const { t } = useAuditText();
  const { lang, locale } = useLocale();
  if (dismissed.length === 0) return null;
  const byKey = new Map(dismissals.map((d) => [d.key, d]));
  return (
    <details className="card dismissed" data-testid="dismissed">
      <summary>{t('dismissedTitle', { count: dismissed.length })}</summary>
      <ul className="dismissed-list">
        {dismissed.map((f) => {
          const d = byKey.get(f.key);
          const message = f.message[lang];
          return (
            <li key={f.key} data-testid="dismissed-finding" data-key={f.key}>
              <div>
                <strong>{message}</strong>
                {f.profileId !== null && <span className="muted"> — {labels.get(f.profileId) ?? f.profileId}</span>}
                <p className="dismissed-reason">{d?.reason ? (lang === 'fr' ? `« ${d.reason} »` : `“${d.reason}”`) : <span className="muted">{t('noReason')}</span>}</p>
                {d && <p className="muted small-text">{t('dismissedOn', { date: formatLocal(new Date(d.at), 'PPp', locale) })}</p>}
              </div>
              <button type="button" className="btn small" aria-label={t('restoreLabel', { message })} onClick={() => onRestore(f.key)} data-testid="restore">
                {t('restore')}
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
