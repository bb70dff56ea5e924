import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportFile, ImportPreview } from '../../../../../shared/ipc/contract';
import type { Workspace } from '../../../../../shared/schema/workspace';
import { importFailureKind, type ImportFailureKind } from '../../../../../shared/domain/import/failure';
import { ApiError, call } from '../../../api';
import { useLibrary } from '../../../app/library';
import { useLocale } from '../../../i18n/useLocale';
import { ImportReadRefused, readImportFiles } from './read-files';

export type ImportMode = 'merge' | 'replace';

export type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; done: number; total: number }
  | { step: 'analysing' }
  | { step: 'preview'; preview: ImportPreview }
  | { step: 'applying'; preview: ImportPreview }
  /** `detail`: the technical text, shown under Details. */
  | { step: 'failed'; kind: ImportFailureKind; detail: string };

/** Why an import step failed, as a kind worded in plain language, with the error's own text as the detail. */
export function importFailure(error: unknown): { step: 'failed'; kind: ImportFailureKind; detail: string } {
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof ImportReadRefused) return { step: 'failed', kind: 'too-large', detail };
  if (error instanceof ApiError) return { step: 'failed', kind: importFailureKind(error.error), detail };
  return { step: 'failed', kind: 'unexpected', detail };
}

/** Progress only shows once work lasts longer than this, so quick imports don't flicker. */
const PROGRESS_DELAY_MS = 250;

/**
 * The two-step import: read the files and ask for a preview (nothing
 * changes), then apply it. Files are kept so a change of mode re-previews.
 */
export function useImport(workspaceId: () => Promise<string>) {
  const { lang } = useLocale();
  const { flush } = useLibrary();
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [slow, setSlow] = useState(false);
  const files = useRef<ImportFile[] | null>(null);
  const target = useRef<string | null>(null);
  const busy = state.step === 'reading' || state.step === 'analysing' || state.step === 'applying';

  useEffect(() => {
    if (!busy) return;
    const timer = setTimeout(() => setSlow(true), PROGRESS_DELAY_MS);
    return () => {
      clearTimeout(timer);
      setSlow(false);
    };
  }, [busy]);

  const preview = useCallback(async (mode: ImportMode) => {
    if (!files.current) return;
    setState({ step: 'analysing' });
    try {
      target.current ??= await workspaceId();
      // The preview must see the client as it is now, pending edits included.
      await flush();
      setState({ step: 'preview', preview: await call('import:preview', { workspaceId: target.current, files: files.current, mode, lang }) });
    } catch (e) {
      setState(importFailure(e));
    }
  }, [workspaceId, lang, flush]);

  const choose = useCallback(async (chosen: File[], mode: ImportMode) => {
    setState({ step: 'reading', done: 0, total: chosen.length });
    try {
      files.current = await readImportFiles(chosen, lang, (done, total) => setState({ step: 'reading', done, total }));
    } catch (e) {
      setState(importFailure(e));
      return;
    }
    await preview(mode);
  }, [preview, lang]);

  const apply = useCallback(async (confirmed: number[]): Promise<{ workspace: Workspace; undoToken: string } | null> => {
    if (state.step !== 'preview') return null;
    setState({ step: 'applying', preview: state.preview });
    try {
      const result = await call('import:apply', { token: state.preview.token, confirmed });
      files.current = null;
      setState({ step: 'idle' });
      return result;
    } catch (e) {
      setState(importFailure(e));
      return null;
    }
  }, [state]);

  /** Files already read (opened from the system): straight to the preview. */
  const provide = useCallback(async (given: ImportFile[], mode: ImportMode) => {
    files.current = given;
    await preview(mode);
  }, [preview]);

  const hasFiles = useCallback(() => files.current !== null, []);
  return { state, slow: slow && busy, choose, preview, provide, apply, hasFiles };
}
