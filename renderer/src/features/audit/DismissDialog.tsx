import { useId, useState } from 'react';
import type { AuditFinding } from '../../../../shared/domain/audit';
import { Modal } from '../../ui/Modal';
import { useUiText } from '../../ui/ui-text';
import { useLocale } from '../../i18n/useLocale';
import { useAuditText } from './text';

interface DismissDialogProps {
  finding: AuditFinding;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

/** Asks why a finding is dismissed; the reason is kept and shown next to it. */
export function DismissDialog({ finding, onConfirm, onCancel }: DismissDialogProps) {
  const { t } = useAuditText();
  const ui = useUiText();
  const { lang } = useLocale();
  const [reason, setReason] = useState('');
  const titleId = useId();
  const reasonId = useId();
  return (
    <Modal onClose={onCancel} labelledBy={titleId} testId="dismiss-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onConfirm(reason);
        }}
      >
        <h2 id={titleId}>{t('dismissTitle')}</h2>
        <p>{finding.message[lang]}</p>
        <label htmlFor={reasonId}>{t('dismissReason')}</label>
        <textarea id={reasonId} value={reason} maxLength={500} placeholder={t('dismissPlaceholder')} onChange={(e) => setReason(e.target.value)} autoFocus data-testid="dismiss-reason" />
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onCancel}>{ui.t('cancel')}</button>
          <button type="submit" className="btn primary" data-testid="dismiss-confirm">{t('dismissConfirm')}</button>
        </div>
      </form>
    </Modal>
  );
}
