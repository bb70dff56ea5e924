import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AppInfo, WorkspaceSummary } from '../../../shared/ipc/contract';
import type { Settings } from '../../../shared/schema/library';
import type { Workspace } from '../../../shared/schema/workspace';
import { call } from '../api';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

interface LibraryState {
  info: AppInfo;
  settings: Settings;
  summaries: WorkspaceSummary[];
  workspace: Workspace | null;
  saveState: SaveState;
  updateSettings: (patch: Partial<Settings>) => Promise<void>;
  refreshSummaries: () => Promise<void>;
  openWorkspace: (id: string | null) => Promise<void>;
  /** Apply an edit at once (the audit recomputes), then save, debounced. */
  editWorkspace: (edit: (ws: Workspace) => Workspace) => void;
  /** Replace the open workspace with one the main process returned. */
  adoptWorkspace: (ws: Workspace) => void;
  /** Write any pending edit now. */
  flush: () => Promise<void>;
}

const LibraryContext = createContext<LibraryState | null>(null);
const SAVE_DELAY_MS = 350;

export function useLibrary(): LibraryState {
  const ctx = useContext(LibraryContext);
  if (!ctx) throw new Error('useLibrary outside LibraryProvider');
  return ctx;
}

/** The open workspace; screens that need one are only shown when it exists. */
export function useWorkspace(): Workspace {
  const ws = useLibrary().workspace;
  if (!ws) throw new Error('useWorkspace without an open workspace');
  return ws;
}

export function LibraryProvider(props: { info: AppInfo; settings: Settings; children: ReactNode }) {
  const [settings, setSettings] = useState(props.settings);
  const [summaries, setSummaries] = useState<WorkspaceSummary[]>([]);
  const [workspace, setWorkspace] = useState<Workspace | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const pending = useRef<Workspace | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const refreshSummaries = useCallback(async () => setSummaries(await call('library:list')), []);

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const ws = pending.current;
    if (!ws) return;
    pending.current = null;
    setSaveState({ kind: 'saving' });
    try {
      await call('workspace:save', { workspace: ws });
      setSaveState({ kind: 'saved' });
      await refreshSummaries();
    } catch (e) {
      setSaveState({ kind: 'error', message: (e as Error).message });
    }
  }, [refreshSummaries]);

  const openWorkspace = useCallback(async (id: string | null) => {
    await flush();
    if (id === null) {
      setWorkspace(null);
      return;
    }
    const ws = await call('workspace:get', { id });
    setWorkspace(ws);
    await call('workspace:activate', { id });
  }, [flush]);

  const editWorkspace = useCallback((edit: (ws: Workspace) => Workspace) => {
    setWorkspace((current) => {
      if (!current) return current;
      const next = edit(current);
      pending.current = next;
      return next;
    });
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
  }, [flush]);

  const adoptWorkspace = useCallback((ws: Workspace) => {
    pending.current = null;
    setWorkspace(ws);
    void refreshSummaries();
  }, [refreshSummaries]);

  const updateSettings = useCallback(async (patch: Partial<Settings>) => {
    setSettings(await call('settings:update', patch));
  }, []);

  useEffect(() => {
    void (async () => {
      await refreshSummaries();
      const active = await call('library:active');
      if (active) await openWorkspace(active);
    })();
  }, [refreshSummaries, openWorkspace]);

  // Leaving the page (quit, reload) must not lose the last edit.
  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    return () => window.removeEventListener('pagehide', onHide);
  }, [flush]);

  const value = useMemo<LibraryState>(
    () => ({ info: props.info, settings, summaries, workspace, saveState, updateSettings, refreshSummaries, openWorkspace, editWorkspace, adoptWorkspace, flush }),
    [props.info, settings, summaries, workspace, saveState, updateSettings, refreshSummaries, openWorkspace, editWorkspace, adoptWorkspace, flush],
  );
  return <LibraryContext.Provider value={value}>{props.children}</LibraryContext.Provider>;
}
