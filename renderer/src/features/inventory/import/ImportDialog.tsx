import { useId } from 'react';
import { Modal } from '../../../ui/Modal';
import { ImportFlow, type ImportFlowProps } from './ImportFlow';

/** The import flow in a modal dialog; it closes once the import is applied. */
export function ImportDialog({ title, ...flow }: ImportFlowProps & { title: string }) {
  const titleId = useId();
  return (
    <Modal onClose={flow.onCancel} labelledBy={titleId} className="import-dialog" testId="import-dialog">
      <h2 id={titleId}>{title}</h2>
      <ImportFlow
        {...flow}
        onApplied={(ws) => {
          flow.onApplied?.(ws);
          flow.onCancel();
        }}
      />
    </Modal>
  );
}
