import { useEffect, useState } from 'react';
import type { WriteStatus } from '../../../shared/ipc/contract';
import { writeErrorKind } from '../../../shared/storage/write-error';
import { useSaveStatusText as useText } from './save-status-text';
import { call, subscribe } from '../api';
import { PlainError } from '../ui/PlainError';


/**
 * Shown while the library cannot be written, until a write succeeds: the
 * reason in plain words (the system's message under Details), Retry, and a
 * way to put the data somewhere safe. It cannot be dismissed.
 */
export function SaveFailureBanner() {
  const { t } = useText();
  const [status, setStatus] = useState<WriteStatus>({ error: null, unsaved: false });
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);

  useEffect(() => {
    const unsubscribe = subscribe('vault:write-status', (s) => {
      setStatus(s);
      if (s.error === null) setOutcome(null);
    });
    // A failure before this screen mounted is not missed.
    call('vault:status').then(setStatus).catch(() => undefined);
    return unsubscribe;
  }, []);

  if (status.error === null) return null;
  const error = status.error;

  const retry = async () => {
    setBusy(true);
    try {
      const next = await call('vault:retry');
      setStatus(next);
      setOutcome(next.error === null ? null : t('stillFailing'));
    } catch (e) {
      setOutcome((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const saveCopy = async () => {
    setBusy(true);
    try {
      const { path } = await call('vault:save-copy');
      if (path) setOutcome(t('copySaved', { path }));
    } catch (e) {
      setOutcome(t('copyFailed', { message: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="notice error save-failure" role="alert" data-testid="save-failure">
      <div>
        <PlainError
          sentence={<><strong>{t('title')}</strong> {t(`reason.${writeErrorKind(error)}`)}</>}
          next={t('kept')}
          detail={error}
          testId="save-failure"
        />
        {outcome && <p role="status" data-testid="save-failure-outcome">{outcome}</p>}
      </div>
      <div className="save-failure-actions">
        <button type="button" className="btn small primary" disabled={busy} onClick={() => void retry()} data-testid="save-failure-retry">
          {busy ? t('retrying') : t('retry')}
        </button>
        <button type="button" className="btn small" disabled={busy} onClick={() => void saveCopy()} data-testid="save-failure-copy">{t('saveCopy')}</button>
      </div>
    </div>
  );
}
