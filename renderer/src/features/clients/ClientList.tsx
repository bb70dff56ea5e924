import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import type { WorkspaceSummary } from '../../../../shared/ipc/contract';
import { ClientRow, ROW_HEIGHT, type RowHandlers } from './ClientRow';
import { SORT_COLUMNS, type ClientSort, type ClientSortKey } from './sort';
import { useLocale } from '../../i18n/useLocale';
import { useClientsText } from './text';

const COLUMN_TEXT = {
  name: 'colClient', score: 'colScore', coverage: 'colCoverage', errors: 'colErrors', lastSession: 'colLastSession', nextPost: 'colNextPost',
} as const satisfies Record<ClientSortKey, string>;

const SHOWN_MARK = 'vitrine:clients-shown';
/** Rows drawn beyond the visible ones, above and below, so scrolling never shows a blank. */
const OVERSCAN = 8;

interface ClientListProps {
  clients: WorkspaceSummary[];
  currentId: string | null;
  handlers: RowHandlers;
  sort: ClientSort;
  onSort: (key: ClientSortKey) => void;
}

/**
 * The clients as a table a consultant scans: one sortable column per figure
 * (buttons in the headers, aria-sort on the sorted one). The body is
 * virtualized: only the rows in view are in the DOM, so 500 clients scroll smoothly.
 */
export function ClientList({ clients, currentId, handlers, sort, onSort }: ClientListProps) {
  const { t } = useClientsText();
  const { lang, locale } = useLocale();
  const scroller = useRef<HTMLDivElement>(null);
  // The rows in view first; the ones just out of view (drawn ahead for smooth scrolling) once those are painted.
  const [overscan, setOverscan] = useState(0);
  useEffect(() => {
    const id = requestAnimationFrame(() => setOverscan(OVERSCAN));
    return () => cancelAnimationFrame(id);
  }, []);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: clients.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan,
    // The window's size until the list is measured, so the first render already holds the rows in view
    // (otherwise they are drawn only after a measuring pass and a second render).
    initialRect: { width: window.innerWidth, height: window.innerHeight },
  });
  const rows = virtualizer.getVirtualItems();
  // The render bench reads this mark: navigation start to the first rows on screen.
  useEffect(() => {
    if (rows.length > 0 && performance.getEntriesByName(SHOWN_MARK).length === 0) performance.mark(SHOWN_MARK);
  }, [rows.length]);
  return (
    <div role="table" aria-label={t('listLabel')} aria-rowcount={clients.length + 1} className="client-table" data-testid="client-table">
      <div role="rowgroup" className="client-head">
        <div role="row" aria-rowindex={1} className="client-grid">
          {SORT_COLUMNS.map(({ key }) => {
            const sorted = sort.key === key ? sort.direction : undefined;
            const column = t(COLUMN_TEXT[key]);
            return (
              <div key={key} role="columnheader" aria-sort={sorted ?? 'none'} className={`col-${key}`} data-testid={`client-col-${key}`}>
                <button type="button" className="sort-button" onClick={() => onSort(key)} title={t('sortBy', { column })}>
                  {column}
                  <span className="sort-mark" aria-hidden="true">{sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}</span>
                </button>
              </div>
            );
          })}
          <div role="columnheader" className="col-actions"><span className="visually-hidden">{t('colActions')}</span></div>
        </div>
      </div>
      <div ref={scroller} className="client-scroller" data-testid="client-list">
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {rows.map((item) => {
            const s = clients[item.index];
            if (!s) return null;
            return (
              <ClientRow
                key={s.id}
                summary={s}
                isCurrent={s.id === currentId}
                handlers={handlers}
                rowIndex={item.index + 2}
                top={item.start}
                t={t}
                lang={lang}
                locale={locale}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
