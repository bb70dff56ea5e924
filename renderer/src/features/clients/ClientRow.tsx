import { memo } from 'react';
import type { WorkspaceSummary } from '../../../../shared/ipc/contract';
import { formatAgo, formatDate } from '../../i18n/dates';
import { useLocale } from '../../i18n/useLocale';
import { Menu } from '../../ui/Menu';
import { networkLabel } from './networks';
import { useClientsText } from './text';

export interface RowHandlers {
  onOpen: (id: string) => void;
  onRename: (s: WorkspaceSummary) => void;
  onDuplicate: (id: string) => void;
  onArchive: (id: string, archived: boolean) => void;
  onDelete: (s: WorkspaceSummary) => void;
}

const SHOWN_NETWORKS = 4;

function Trend({ score, previous }: { score: number; previous: number | null }) {
  const { t } = useClientsText();
  if (previous === null) return null;
  const delta = Math.round(score - previous);
  const [arrow, text, tone] = delta > 0 ? ['↑', t('trendUp', { delta }), 'up'] : delta < 0 ? ['↓', t('trendDown', { delta: -delta }), 'down'] : ['→', t('trendFlat'), 'flat'];
  return <span className={`trend ${tone}`} role="img" aria-label={text} title={text}>{arrow}{delta !== 0 ? Math.abs(delta) : ''}</span>;
}

function scoreTone(score: number): string {
  return score >= 80 ? 'ok' : score >= 50 ? 'warning' : 'error';
}

/** One client in the list: who, where, how good, and what to do with it. */
export const ClientRow = memo(function ClientRow({ summary: s, isCurrent, handlers }: { summary: WorkspaceSummary; isCurrent: boolean; handlers: RowHandlers }) {
  const { t } = useClientsText();
  const { locale } = useLocale();
  const extra = s.networks.length - SHOWN_NETWORKS;
  return (
    <div className={`client-row${s.archived ? ' is-archived' : ''}`} data-testid="client-row" data-client-id={s.id}>
      <div className="client-main">
        <button type="button" className="client-name" onClick={() => handlers.onOpen(s.id)} data-testid="client-open">
          {s.name}
        </button>
        {isCurrent && <span className="chip info">{t('current')}</span>}
        {s.archived && <span className="chip dormant">{t('archived')}</span>}
        <div className="client-person">
          <span>{s.personName || <em className="muted">{t('unnamedPerson')}</em>}</span>
          {s.headline && <span className="muted"> — {s.headline}</span>}
        </div>
      </div>
      <div className="client-networks" aria-label={s.networks.map(networkLabel).join(', ')}>
        {s.networks.slice(0, SHOWN_NETWORKS).map((n) => <span key={n} className="net-tag" aria-hidden="true">{networkLabel(n)}</span>)}
        {extra > 0 && <span className="net-tag" aria-hidden="true">+{extra}</span>}
        <div className="muted small">{t('profiles', { count: s.profileCount })}</div>
      </div>
      <div className="client-score">
        {s.score === null
          ? <span className="muted small">{t('noScore')}</span>
          : <><span className={`chip ${scoreTone(s.score)}`} data-testid="client-score">{t('score', { score: Math.round(s.score) })}</span> <Trend score={s.score} previous={s.previousScore} /></>}
        {s.coverage !== null && <span className="muted small" data-testid="client-coverage"> {t('coverage', { coverage: s.coverage })}</span>}
      </div>
      <div className="client-updated muted small" title={t('updatedOn', { date: formatDate(s.updatedAt, locale, 'PPpp') })}>
        {t('updated', { ago: formatAgo(s.updatedAt, locale) })}
      </div>
      <div className="client-actions">
        <button type="button" className="btn small primary" onClick={() => handlers.onOpen(s.id)} aria-label={`${t('open')} ${s.name}`}>{t('open')}</button>
        <Menu
          label={t('actionsShort')}
          ariaLabel={t('actions', { name: s.name })}
          testId="client-menu"
          items={[
            { label: t('rename'), onSelect: () => handlers.onRename(s), testId: 'client-rename' },
            { label: t('duplicate'), onSelect: () => handlers.onDuplicate(s.id), testId: 'client-duplicate' },
            { label: t(s.archived ? 'unarchive' : 'archive'), onSelect: () => handlers.onArchive(s.id, !s.archived), testId: 'client-archive' },
            { label: t('delete'), onSelect: () => handlers.onDelete(s), danger: true, testId: 'client-delete' },
          ]}
        />
      </div>
    </div>
  );
});
