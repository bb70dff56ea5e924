import { memo, useState, type ReactNode } from 'react';
import type { WorkspaceSummary } from '../../../../shared/ipc/contract';
import { format, type Locale } from 'date-fns';
import { formatAgo, formatDate } from '../../i18n/dates';
import type { Lang } from '../../i18n';
import { Menu } from '../../ui/Menu';
import { networkLabel } from './networks';
import type { useClientsText } from './text';

type T = ReturnType<typeof useClientsText>['t'];

export interface RowHandlers {
  onOpen: (id: string) => void;
  onRename: (s: WorkspaceSummary) => void;
  onDuplicate: (id: string) => void;
  onArchive: (id: string, archived: boolean) => void;
  onDelete: (s: WorkspaceSummary) => void;
}

function Trend({ score, previous, t }: { score: number; previous: number | null; t: T }) {
  if (previous === null) return null;
  const delta = Math.round(score - previous);
  const [arrow, text, tone] = delta > 0 ? ['↑', t('trendUp', { delta }), 'up'] : delta < 0 ? ['↓', t('trendDown', { delta: -delta }), 'down'] : ['→', t('trendFlat'), 'flat'];
  return <span className={`trend ${tone}`} role="img" aria-label={text} title={text} data-testid="client-trend">{arrow}{delta !== 0 ? Math.abs(delta) : ''}</span>;
}

/** "lun. 1er déc." / "Mon 1 Dec" ("1 Dec 2025" another year): French says "1er" for the first of the month. */
function shortDay(iso: string, lang: 'fr' | 'en', locale: Locale): string {
  const d = new Date(iso);
  const sameYear = d.getFullYear() === new Date().getFullYear();
  const day = lang === 'fr' && d.getDate() === 1 ? "d'er'" : 'd';
  return format(d, sameYear ? `EEE ${day} MMM` : `${day} MMM yyyy`, { locale });
}

/**
 * A tooltip worked out when the pointer comes over it: a screen of rows draws
 * none of them up front (each is a sentence with a date in words). The cell's
 * own text says the same in short, for every user.
 */
function Hint({ text, className, children }: { text: () => string; className?: string; children: ReactNode }) {
  const [title, setTitle] = useState<string>();
  return <span className={className} title={title} onPointerEnter={() => setTitle(text())}>{children}</span>;
}

function scoreTone(score: number): string {
  return score >= 80 ? 'ok' : score >= 50 ? 'warning' : 'error';
}

interface ClientRowProps {
  summary: WorkspaceSummary;
  isCurrent: boolean;
  handlers: RowHandlers;
  /** 1-based position among the table's rows (the header is row 1). */
  rowIndex: number;
  /** Where the virtualizer places the row, in px from the top of the list. */
  top: number;
  /** The list's texts and locale, passed down rather than looked up by each of the rows. */
  t: T;
  lang: Lang;
  locale: Locale;
}

export const ROW_HEIGHT = 64;

/** One client's row: who, how good, what is wrong, when last worked on, what comes next, and actions. */
export const ClientRow = memo(function ClientRow({ summary: s, isCurrent, handlers, rowIndex, top, t, lang, locale }: ClientRowProps) {
  const { score, errors, nextPost } = s;
  const networks = s.networks.map((n) => networkLabel(n, lang)).join(', ');
  return (
    <div role="row" aria-rowindex={rowIndex} className={`client-item client-grid${s.archived ? ' is-archived' : ''}`} style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${top}px)` }} data-testid="client-row" data-client-id={s.id}>
      <div role="cell" className="col-name">
        <button type="button" className="client-name" onClick={() => handlers.onOpen(s.id)} data-testid="client-open" title={s.name}>
          {s.name}
        </button>
        <div className="client-person muted" title={networks}>
          {isCurrent && <span className="chip info">{t('current')}</span>}
          {s.archived && <span className="chip dormant">{t('archived')}</span>}
          {s.personName || <em>{t('unnamedPerson')}</em>}
          {s.headline && <> — {s.headline}</>}
          {' · '}{t('profiles', { count: s.profileCount })}
        </div>
      </div>
      <div role="cell" className="col-score" data-testid="client-score">
        {score === null
          ? <span className="muted small">{t('noScore')}</span>
          : <><Hint className={`chip ${scoreTone(score)}`} text={() => t('score', { score: Math.round(score) })}>{Math.round(score)}</Hint> <Trend score={score} previous={s.previousScore} t={t} /></>}
      </div>
      <div role="cell" className="col-coverage" data-testid="client-coverage">
        {s.coverage === null
          ? <span className="muted" title={t('coverageNone')}>—</span>
          : <Hint text={() => t('coverageOf', { percent: s.coverage })}>{t('percent', { percent: s.coverage })}</Hint>}
      </div>
      <div role="cell" className="col-errors" data-testid="client-errors">
        {errors === null
          ? <span className="muted" title={t('errorsUnknown')}>—</span>
          : <Hint className={errors > 0 ? 'error-count' : 'muted'} text={() => t('errorsCount', { count: errors })}>{errors}</Hint>}
      </div>
      <div role="cell" className="col-lastSession small">
        <Hint text={() => `${t('lastSessionOn', { date: formatDate(s.updatedAt, locale, 'PPpp') })} (${formatAgo(s.updatedAt, locale)})`}>{shortDay(s.updatedAt, lang, locale)}</Hint>
      </div>
      <div role="cell" className="col-nextPost small" data-testid="client-next-post">
        {nextPost === null
          ? <span className="muted">{t('nothingPlanned')}</span>
          : <Hint text={() => t('nextPostOn', { date: formatDate(nextPost, locale, 'PPPp') })}>{shortDay(nextPost, lang, locale)}</Hint>}
      </div>
      <div role="cell" className="col-actions">
        <Menu
          label={t('actionsShort')}
          ariaLabel={t('actions', { name: s.name })}
          testId="client-menu"
          items={() => [
            { label: t('open'), onSelect: () => handlers.onOpen(s.id), testId: 'client-open-menu' },
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
