import { useId, useState, type FormEvent } from 'react';
import { Modal } from '../../ui/Modal';
import { useUiText } from '../../ui/ui-text';
import { useClientsText } from './text';

interface NameDialogProps {
  title: string;
  okLabel: string;
  initial?: string;
  onSubmit: (name: string) => void;
  onCancel: () => void;
}

const NAME_MAX = 200;

/** Asks for a client name (create, rename). */
export function NameDialog({ title, okLabel, initial = '', onSubmit, onCancel }: NameDialogProps) {
  const { t } = useClientsText();
  const ui = useUiText().t;
  const ids = { title: useId(), input: useId(), hint: useId(), error: useId() };
  const [name, setName] = useState(initial);
  const [tried, setTried] = useState(false);
  const empty = name.trim() === '';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!empty) onSubmit(name.trim());
  };
  return (
    <Modal onClose={onCancel} labelledBy={ids.title} className="name-dialog" testId="name-dialog">
      <form onSubmit={submit} noValidate>
        <h2 id={ids.title}>{title}</h2>
        <label htmlFor={ids.input}>{t('nameLabel')}</label>
        <input
          id={ids.input}
          type="text"
          autoFocus
          maxLength={NAME_MAX}
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={tried && empty}
          aria-describedby={tried && empty ? `${ids.hint} ${ids.error}` : ids.hint}
          data-testid="client-name-input"
        />
        <p id={ids.hint} className="field-hint">{t('nameHint')}</p>
        {tried && empty && <p id={ids.error} className="field-error" role="alert">{t('nameRequired')}</p>}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onCancel}>{ui('cancel')}</button>
          <button type="submit" className="btn primary" data-testid="client-name-ok">{okLabel}</button>
        </div>
      </form>
    </Modal>
  );
}
