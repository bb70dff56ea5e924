import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { WorkspaceSummary } from '../../../../shared/ipc/contract';
import { ClientRow, type RowHandlers } from './ClientRow';
import { useClientsText } from './text';

const ROW_HEIGHT = 76;

/** The client list, virtualized: only the rows in view are in the DOM (500 clients scroll smoothly). */
export function ClientList({ clients, currentId, handlers }: { clients: WorkspaceSummary[]; currentId: string | null; handlers: RowHandlers }) {
  const { t } = useClientsText();
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({ count: clients.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });
  return (
    <div ref={scroller} className="client-scroller" data-testid="client-list">
      <div role="list" aria-label={t('listLabel')} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const s = clients[item.index];
          if (!s) return null;
          return (
            <div
              key={s.id}
              role="listitem"
              aria-setsize={clients.length}
              aria-posinset={item.index + 1}
              className="client-item"
              style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
            >
              <ClientRow summary={s} isCurrent={s.id === currentId} handlers={handlers} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
