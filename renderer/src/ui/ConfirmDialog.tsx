import { useId, type ReactNode } from 'react';
import { Modal } from './Modal';
import { useUiText } from './ui-text';

interface ConfirmDialogProps {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  /** Red confirm button, for destructive actions. */
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** "Are you sure?" with the safe choice (Cancel) focused first. */
export function ConfirmDialog({ title, children, confirmLabel, danger = false, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useUiText();
  const titleId = useId();
  return (
    <Modal onClose={onCancel} labelledBy={titleId} className="confirm-dialog" testId="confirm-dialog">
      <h2 id={titleId}>{title}</h2>
      {children}
      <div className="dialog-actions">
        <button type="button" className="btn" autoFocus onClick={onCancel}>{t('cancel')}</button>
        <button type="button" className={danger ? 'btn danger' : 'btn primary'} onClick={onConfirm} data-testid="confirm-ok">{confirmLabel}</button>
      </div>
    </Modal>
  );
}
