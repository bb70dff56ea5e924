import { useEffect, useState } from 'react';
import type { DataFolder } from '../../../../shared/ipc/contract';
import { call } from '../../api';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { PlainError } from '../../ui/PlainError';
import { showToast } from '../../ui/Toast';
import { DiagnosticsDialog } from './DiagnosticsDialog';
import { useDesktopText } from './text';

/** Settings › Data: where the data lives, Move…, the kept old folder, and Diagnostics. */
export function DataFolderSettings() {
  const { t } = useDesktopText();
  const [folder, setFolder] = useState<DataFolder | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; tone: 'ok' | 'error'; detail?: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [diagnostics, setDiagnostics] = useState(false);

  useEffect(() => {
    call('data:folder').then(setFolder, () => setFolder(null));
  }, []);

  const move = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const res = await call('data:move', {});
      setFolder(res.folder);
      if (res.moved) setMessage({ text: t('data.moved', { dir: res.folder.dir }), tone: 'ok' });
      else if (res.failure) setMessage({ text: t('data.moveFailed', { reason: t(`data.why.${res.failure.kind}`), dir: res.folder.dir }), tone: 'error', detail: res.failure.detail });
    } catch (e) {
      setMessage({ text: (e as Error).message, tone: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const forget = async () => {
    setConfirming(false);
    setFolder(await call('data:forget-previous'));
    showToast({ message: t('data.forgotten') });
  };

  return (
    <div data-testid="settings-data-folder">
      {folder && (
        <dl className="facts">
          <dt>{t('data.folder')}</dt>
          <dd><code data-testid="data-dir">{folder.dir}</code></dd>
          <dt>{t('data.source')}</dt>
          <dd>{t(`diagnostics.source.${folder.source}`)}</dd>
          {folder.previous && (
            <>
              <dt>{t('data.previous')}</dt>
              <dd>
                <code data-testid="data-previous">{folder.previous}</code>{' '}
                <button type="button" className="btn small" onClick={() => setConfirming(true)} data-testid="data-forget">{t('data.forget')}</button>
              </dd>
            </>
          )}
        </dl>
      )}
      <p className="muted">{t('data.moveHint')}</p>
      <div className="toolbar">
        <button type="button" className="btn" disabled={busy || folder?.pendingRestart} onClick={() => void move()} data-testid="data-move">{busy ? t('data.moving') : t('data.move')}</button>
        <button type="button" className="btn" onClick={() => setDiagnostics(true)} data-testid="open-diagnostics">{t('data.diagnostics')}</button>
      </div>
      {message?.tone === 'ok' && <p role="status" data-testid="data-move-message">{message.text}</p>}
      {message?.tone === 'error' && (
        <div className="field-error" role="alert"><PlainError sentence={message.text} detail={message.detail} testId="data-move" /></div>
      )}
      {confirming && folder?.previous && (
        <ConfirmDialog title={t('data.forgetConfirm', { dir: folder.previous })} confirmLabel={t('data.forget')} danger onConfirm={() => void forget()} onCancel={() => setConfirming(false)} />
      )}
      {diagnostics && <DiagnosticsDialog onClose={() => setDiagnostics(false)} />}
    </div>
  );
}
