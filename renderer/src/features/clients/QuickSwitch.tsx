import { useDeferredValue, useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useLibrary } from '../../app/library';
import { Modal } from '../../ui/Modal';
import { filterClients } from './filter';
import { DEFAULT_SORT, sortClients } from './sort';
import { useClientsText } from './text';
import { useClientActions } from './useClientActions';

const SHOWN = 50;

function Switcher({ onClose }: { onClose: () => void }) {
  const { t } = useClientsText();
  const { summaries, searchIndex } = useLibrary();
  const { open } = useClientActions();
  const ids = { title: useId(), input: useId(), list: useId(), hint: useId() };
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const deferred = useDeferredValue(query);
  const matches = useMemo(() => sortClients(filterClients(summaries, deferred, 'all', searchIndex), DEFAULT_SORT).slice(0, SHOWN), [summaries, deferred, searchIndex]);
  const at = Math.min(active, Math.max(0, matches.length - 1));

  const choose = (id: string | undefined) => {
    if (!id) return;
    onClose();
    void open(id);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') setActive(Math.min(at + 1, matches.length - 1));
    else if (e.key === 'ArrowUp') setActive(Math.max(at - 1, 0));
    // The list may still show a deferred query: Enter acts on what was typed.
    else if (e.key === 'Enter') choose((deferred === query ? matches : filterClients(summaries, query, 'all', searchIndex))[at]?.id);
    else return;
    e.preventDefault();
  };

  return (
    <Modal onClose={onClose} labelledBy={ids.title} className="quick-switch" testId="quick-switch">
      <h2 id={ids.title}>{t('switchTitle')}</h2>
      <label htmlFor={ids.input} className="visually-hidden">{t('switchLabel')}</label>
      <input
        id={ids.input}
        type="search"
        role="combobox"
        autoFocus
        aria-expanded="true"
        aria-controls={ids.list}
        aria-activedescendant={matches[at] ? `${ids.list}-${at}` : undefined}
        aria-describedby={ids.hint}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKey}
        data-testid="quick-switch-input"
      />
      <p id={ids.hint} className="field-hint">{t('switchHint')}</p>
      <ul id={ids.list} role="listbox" aria-label={t('switchLabel')} className="switch-list">
        {matches.map((s, i) => (
          <li
            key={s.id}
            id={`${ids.list}-${i}`}
            role="option"
            aria-selected={i === at}
            className={i === at ? 'selected' : undefined}
            onMouseEnter={() => setActive(i)}
            onClick={() => choose(s.id)}
          >
            <strong>{s.name}</strong>
            {s.personName && <span className="muted"> — {s.personName}</span>}
          </li>
        ))}
      </ul>
      {matches.length === 0 && <p className="muted">{t('switchNone')}</p>}
    </Modal>
  );
}

/** Ctrl+K (Cmd+K) anywhere opens a type-to-filter client switcher. */
export function QuickSwitch() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return open ? <Switcher onClose={() => setOpen(false)} /> : null;
}
