import './clients.css';
import { lazy, Suspense, useCallback, useDeferredValue, useId, useMemo, useState } from 'react';
import type { WorkspaceSummary } from '../../../../shared/ipc/contract';
import { useLibrary } from '../../app/library';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ClientList } from './ClientList';
import type { RowHandlers } from './ClientRow';
import { filterClients, type ClientShow } from './filter';
import { DEFAULT_SORT, nextSort, sortClients, type ClientSort, type ClientSortKey } from './sort';
import { NameDialog } from './NameDialog';
import { useClientsText } from './text';
import { useClientActions } from './useClientActions';
import { Welcome } from './Welcome';

// The import pulls in every file reader: loaded when asked for, not at start-up.
const ImportNewClient = lazy(() => import('./ImportNewClient').then((m) => ({ default: m.ImportNewClient })));

type Dialog =
  | { kind: 'create' }
  | { kind: 'rename'; summary: WorkspaceSummary }
  | { kind: 'delete'; summary: WorkspaceSummary }
  | { kind: 'import' }
  | null;

export function ClientsScreen() {
  const { t } = useClientsText();
  const { summaries, searchIndex, loaded, workspace } = useLibrary();
  const actions = useClientActions();
  const ids = { title: useId(), search: useId(), show: useId() };
  const [query, setQuery] = useState('');
  const [show, setShow] = useState<ClientShow>('active');
  const [dialog, setDialog] = useState<Dialog>(null);
  const deferredQuery = useDeferredValue(query);
  const [sort, setSort] = useState<ClientSort>(DEFAULT_SORT);
  const clients = useMemo(() => sortClients(filterClients(summaries, deferredQuery, show, searchIndex), sort), [summaries, deferredQuery, show, searchIndex, sort]);
  const onSort = useCallback((key: ClientSortKey) => setSort((current) => nextSort(current, key)), []);
  const close = useCallback(() => setDialog(null), []);

  const { open, duplicate, setArchived } = actions;
  const handlers = useMemo<RowHandlers>(() => ({
    onOpen: (id) => void open(id),
    onRename: (summary) => setDialog({ kind: 'rename', summary }),
    onDuplicate: (id) => void duplicate(id),
    onArchive: (id, archived) => void setArchived(id, archived),
    onDelete: (summary) => setDialog({ kind: 'delete', summary }),
  }), [open, duplicate, setArchived]);

  const firstTime = summaries.length === 0;
  const emptyMessage = query.trim() !== '' ? t('noMatch', { query }) : show === 'archived' ? t('noneArchived') : t('noneActive');

  return (
    <section className="screen clients-screen" aria-labelledby={ids.title}>
      <h1 id={ids.title}>{t('title')}</h1>
      {!loaded ? null : firstTime ? (
        <Welcome onCreate={() => setDialog({ kind: 'create' })} onDemo={() => void actions.openDemo()} onImport={() => setDialog({ kind: 'import' })} />
      ) : (
        <>
          <div className="toolbar">
            <div className="search-box">
              <label htmlFor={ids.search} className="visually-hidden">{t('searchLabel')}</label>
              <input id={ids.search} type="search" placeholder={t('searchPlaceholder')} value={query} onChange={(e) => setQuery(e.target.value)} data-testid="client-search" />
            </div>
            <label htmlFor={ids.show} className="visually-hidden">{t('show')}</label>
            <select id={ids.show} value={show} onChange={(e) => setShow(e.target.value as ClientShow)} className="auto-width" data-testid="client-show">
              <option value="active">{t('showActive')}</option>
              <option value="archived">{t('showArchived')}</option>
              <option value="all">{t('showAll')}</option>
            </select>
            <span className="grow muted" role="status">{t('count', { count: clients.length })}</span>
            <button type="button" className="btn" onClick={() => void actions.openDemo()} data-testid="open-demo">{t('demo')}</button>
            <button type="button" className="btn primary" onClick={() => setDialog({ kind: 'create' })} data-testid="client-create">{t('create')}</button>
          </div>
          <p className="muted small">{t('quickSwitch')}</p>
          {clients.length === 0
            ? <p className="empty-state" data-testid="clients-empty">{emptyMessage}</p>
            : <ClientList clients={clients} currentId={workspace?.id ?? null} handlers={handlers} sort={sort} onSort={onSort} />}
        </>
      )}

      {dialog?.kind === 'create' && (
        <NameDialog title={t('createTitle')} okLabel={t('createOk')} onCancel={close} onSubmit={(name) => { close(); void actions.create(name); }} />
      )}
      {dialog?.kind === 'rename' && (
        <NameDialog
          title={t('renameTitle', { name: dialog.summary.name })}
          okLabel={t('renameOk')}
          initial={dialog.summary.name}
          onCancel={close}
          onSubmit={(name) => { close(); void actions.rename(dialog.summary.id, name); }}
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          title={t('deleteTitle', { name: dialog.summary.name })}
          confirmLabel={t('deleteOk')}
          danger
          onCancel={close}
          onConfirm={() => { close(); void actions.remove(dialog.summary.id); }}
        >
          <p>{t('deleteBody', { count: dialog.summary.profileCount })}</p>
        </ConfirmDialog>
      )}
      {dialog?.kind === 'import' && <Suspense fallback={null}><ImportNewClient onClose={close} /></Suspense>}
    </section>
  );
}
