import { useEffect, useId, useState } from 'react';
import type { Diagnostics } from '../../../../shared/ipc/contract';
import { call } from '../../api';
import { Modal } from '../../ui/Modal';
import { downloadText } from '../../ui/files';
import { showToast } from '../../ui/Toast';
import { useUiText } from '../../ui/ui-text';
import { useDesktopText } from './text';

type T = ReturnType<typeof useDesktopText>['t'];

/** The facts as label/value rows: one list for the screen and the copied text. */
function rows(d: Diagnostics, t: T): [string, string][] {
  const store = d.store;
  return [
    [t('diagnostics.version'), d.version],
    [t('diagnostics.versions'), Object.entries(d.versions).map(([k, v]) => `${k} ${v}`).join(', ') || '—'],
    [t('diagnostics.platform'), d.platform],
    [t('diagnostics.dataDir'), `${d.dataDir} (${t(`diagnostics.source.${d.dataDirSource}`)})`],
    [t('diagnostics.store'), `${store.path} — ${store.bytes === null ? t('diagnostics.missing') : t('diagnostics.size', { size: Math.ceil(store.bytes / 1024) })}`
      + (store.readOnly ? ` — ${t('diagnostics.readOnly')}` : '') + (store.writeError ? ` — ${t('diagnostics.writeError', { message: store.writeError })}` : '')],
    [t('diagnostics.clients'), String(store.clients)],
    [t('diagnostics.backups'), String(store.backups)],
    [t('diagnostics.notices'), store.notices.join(', ') || '—'],
    [t('diagnostics.doctor'), store.doctor === null ? t('diagnostics.doctorUnavailable') : store.doctor.join('\n') || 'OK'],
    [t('diagnostics.logFile'), d.logFile ?? '—'],
    [t('diagnostics.crashDumps'), d.crashDumps ?? '—'],
  ];
}

export function diagnosticsText(d: Diagnostics, t: T): string {
  const errors = d.lastErrors.length ? d.lastErrors.join('\n') : t('diagnostics.noErrors');
  return `Vitrine — ${t('diagnostics.title')}\n\n${rows(d, t).map(([k, v]) => `${k}: ${v}`).join('\n')}\n\n${t('diagnostics.lastErrors')}:\n${errors}\n`;
}

/** Help › Diagnostics: shown, copied or saved by the user; never sent anywhere. */
export function DiagnosticsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useDesktopText();
  const ui = useUiText();
  const titleId = useId();
  const [d, setD] = useState<Diagnostics | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    call('diagnostics:get').then(setD, (e: Error) => setError(e.message));
  }, []);

  const copy = async () => {
    if (!d) return;
    try {
      await navigator.clipboard.writeText(diagnosticsText(d, t));
      showToast({ message: t('diagnostics.copied') });
    } catch {
      showToast({ message: t('diagnostics.copyFailed'), tone: 'error' });
    }
  };

  return (
    <Modal onClose={onClose} labelledBy={titleId} className="diagnostics-dialog" testId="diagnostics-dialog">
      <h2 id={titleId}>{t('diagnostics.title')}</h2>
      <p className="muted">{t('diagnostics.intro')}</p>
      {error && <p className="field-error" role="alert">{error}</p>}
      {!d && !error && <p>{t('diagnostics.loading')}</p>}
      {d && (
        <>
          <dl className="facts">
            {rows(d, t).map(([k, v]) => (
              <div key={k} className="fact-row"><dt>{k}</dt><dd><code>{v}</code></dd></div>
            ))}
          </dl>
          <h3>{t('diagnostics.lastErrors')}</h3>
          {d.lastErrors.length === 0
            ? <p className="muted" data-testid="diagnostics-no-errors">{t('diagnostics.noErrors')}</p>
            : <pre className="diagnostics-errors" data-testid="diagnostics-errors">{d.lastErrors.join('\n')}</pre>}
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>{ui.t('close')}</button>
        <button type="button" className="btn" disabled={!d} onClick={() => d && downloadText('vitrine-diagnostics.txt', 'text/plain', diagnosticsText(d, t))} data-testid="diagnostics-save">{t('diagnostics.save')}</button>
        <button type="button" className="btn primary" disabled={!d} onClick={() => void copy()} data-testid="diagnostics-copy">{t('diagnostics.copy')}</button>
      </div>
    </Modal>
  );
}
