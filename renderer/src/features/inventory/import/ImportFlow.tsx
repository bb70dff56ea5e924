import './import.css';
import { useEffect, useId, useRef, useState } from 'react';
import type { ImportFile } from '../../../../../shared/ipc/contract';
import type { Workspace } from '../../../../../shared/schema/workspace';
import { call } from '../../../api';
import { useLibrary } from '../../../app/library';
import { IMPORT_FAILURE_TEXT } from '../../../../../shared/domain/import/failure';
import { useLocale } from '../../../i18n/useLocale';
import { FileDrop } from '../../../ui/FileDrop';
import { PlainError } from '../../../ui/PlainError';
import { showToast } from '../../../ui/Toast';
import { ImportPreviewView } from './ImportPreviewView';
import { useImportText } from './text';
import { importFailure, useImport, type ImportMode } from './useImport';

export interface ImportFlowProps {
  /** The client to import into; a function may create it on first use (see the Clients screen). */
  workspaceId: () => Promise<string>;
  /** File types offered by the picker. */
  accept?: string;
  /** Offer merge/replace; when false the mode is fixed to `defaultMode`. */
  chooseMode?: boolean;
  defaultMode?: ImportMode;
  /** Called once the import is applied and the library has the new workspace. */
  onApplied?: (ws: Workspace) => void;
  onCancel: () => void;
  /** Files opened from the system (a double-clicked .vitrine.json): previewed at once. */
  initialFiles?: ImportFile[];
}

export const IMPORT_ACCEPT = '.json,.zip,.csv,.js,.pdf,.html,.htm';

/**
 * Pick files → preview (nothing changes yet) → apply or cancel → undo toast.
 * An error leaves the client untouched and says why.
 */
export function ImportFlow({ workspaceId, accept = IMPORT_ACCEPT, chooseMode = true, defaultMode = 'merge', onApplied, onCancel, initialFiles }: ImportFlowProps) {
  const { t } = useImportText();
  const { lang } = useLocale();
  const { flush, adoptWorkspace } = useLibrary();
  const [mode, setMode] = useState<ImportMode>(defaultMode);
  const [confirmed, setConfirmed] = useState<ReadonlySet<number>>(new Set());
  const flow = useImport(async () => {
    await flush();
    return workspaceId();
  });
  const ids = { mode: useId(), files: useId() };
  const given = useRef(initialFiles);
  const { provide } = flow;
  useEffect(() => {
    // Once per dialog: StrictMode runs effects twice, the ref keeps it to one preview.
    const files = given.current;
    given.current = undefined;
    if (files) void provide(files, defaultMode);
  }, [provide, defaultMode]);
  const { state } = flow;
  const busy = state.step === 'reading' || state.step === 'analysing' || state.step === 'applying';

  const onMode = (next: ImportMode) => {
    setMode(next);
    if (flow.hasFiles()) void flow.preview(next);
  };
  const apply = async () => {
    const result = await flow.apply([...confirmed]);
    if (!result) return;
    adoptWorkspace(result.workspace);
    onApplied?.(result.workspace);
    showToast({
      message: t('applied'),
      action: {
        label: t('undo'),
        run: async () => {
          try {
            adoptWorkspace(await call('import:undo', { undoToken: result.undoToken }));
            showToast({ message: t('undone') });
          } catch (e) {
            const kind = importFailure(e).kind;
            showToast({ message: kind === 'changed-since' ? t('undoChanged') : kind === 'expired' ? t('undoExpired') : t('undoFailed', { message: (e as Error).message }), tone: 'error' });
          }
        },
      },
    });
  };

  return (
    <div className="import-flow" data-testid="import-flow">
      {chooseMode && (
        <fieldset className="import-mode" disabled={busy}>
          <legend id={ids.mode}>{t('mode')}</legend>
          {(['merge', 'replace'] as const).map((m) => (
            <label key={m} className="check">
              <input type="radio" name={ids.mode} value={m} checked={mode === m} onChange={() => onMode(m)} data-testid={`import-mode-${m}`} />
              <span><strong>{t(m)}</strong> — <span className="muted">{t(`${m}Hint`)}</span></span>
            </label>
          ))}
        </fieldset>
      )}
      <p id={ids.files} className="field-hint">{t('filesHint')}</p>
      <FileDrop accept={accept} folder disabled={busy} describedBy={ids.files} onFiles={(files) => void flow.choose(files, mode)} testId="import-files" />

      {flow.slow && (
        <div className="progress" role="status" data-testid="import-progress">
          {state.step === 'reading'
            ? <><progress max={state.total} value={state.done} /> <span>{t('reading', { done: state.done, total: state.total })}</span></>
            : <><progress /> <span>{t('analysing')}</span></>}
        </div>
      )}
      {state.step === 'failed' && (
        <div className="notice error" role="alert" data-testid="import-error">
          <PlainError
            sentence={IMPORT_FAILURE_TEXT[state.kind].sentence[lang]}
            next={<>{IMPORT_FAILURE_TEXT[state.kind].next[lang]} <strong>{t('nothingChanged')}</strong></>}
            detail={state.detail}
            testId="import-error"
          />
        </div>
      )}
      {(state.step === 'preview' || state.step === 'applying') && (
        <ImportPreviewView
          preview={state.preview}
          confirmed={confirmed}
          onConfirm={(index, yes) => setConfirmed((prev) => {
            const next = new Set(prev);
            if (yes) next.add(index);
            else next.delete(index);
            return next;
          })}
        />
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onCancel} data-testid="import-cancel">{t('cancel')}</button>
        <button type="button" className="btn primary" disabled={state.step !== 'preview'} onClick={() => void apply()} data-testid="import-apply">{t('apply')}</button>
      </div>
    </div>
  );
}
