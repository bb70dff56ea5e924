import './ui.css';
import { useEffect, useRef, type ReactNode } from 'react';

interface ModalProps {
  /** Called when the dialog closes by Escape, a close button or `form method="dialog"`. */
  onClose: () => void;
  labelledBy: string;
  children: ReactNode;
  className?: string;
  testId?: string;
}

/**
 * A native modal <dialog>: the browser traps focus, Escape closes it and focus
 * returns to the opener. Render it only while it should be open.
 */
export function Modal({ onClose, labelledBy, children, className, testId }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    // React may disconnect and reconnect this effect (a Suspense boundary
    // above re-suspending): the cleanup's close() then queues a 'close' event
    // that arrives after showModal() reopened the dialog. Only a dialog that
    // is really closed reports it.
    const handle = () => {
      if (!dialog.open) onCloseRef.current();
    };
    dialog.addEventListener('close', handle);
    return () => {
      dialog.removeEventListener('close', handle);
      if (dialog.open) dialog.close();
    };
  }, []);

  return (
    <dialog ref={ref} aria-labelledby={labelledBy} className={className ? `modal ${className}` : 'modal'} data-testid={testId}>
      {children}
    </dialog>
  );
}
