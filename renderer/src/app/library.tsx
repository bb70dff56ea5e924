import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AppInfo, WorkspaceSummary } from '../../../shared/ipc/contract';
import type { Settings } from '../../../shared/schema/library';
import type { Workspace } from '../../../shared/schema/workspace';
import { call } from '../api';
import { dismissToast } from '../ui/Toast';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

interface LibraryState {
  info: AppInfo;
  settings: Settings;
  summaries: WorkspaceSummary[];
  /** Each client's search text, fetched once the list is on screen and after each change of the list; null until then. */
  searchIndex: Readonly<Record<string, string>> | null;
  /** False until the client list has been read once (an empty list then means no client yet). */
  loaded: boolean;
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
// Apart from the library's state, which changes at every save: what reads only this
// (every row's dates, through useLocale) is not drawn again when the list or a save changes.
const AppInfoContext = createContext<AppInfo | null>(null);
const SAVE_DELAY_MS = 350;

export function useLibrary(): LibraryState {
  const ctx = useContext(LibraryContext);
  if (!ctx) throw new Error('useLibrary outside LibraryProvider');
  return ctx;
}

/** What the main process said of itself at start-up; the same for the whole session. */
export function useAppInfo(): AppInfo {
  const info = useContext(AppInfoContext);
  if (!info) throw new Error('useAppInfo outside LibraryProvider');
  return info;
}

/** The open workspace; screens that need one are only shown when it exists. */
export function useWorkspace(): Workspace {
  const ws = useLibrary().workspace;
  if (!ws) throw new Error('useWorkspace without an open workspace');
  return ws;
}

/** A failed save is retried after this long (the edit stays pending meanwhile). */
const RETRY_MS = 5000;

export function LibraryProvider(props: {
  info: AppInfo;
  settings: Settings;
  /** The client list, when boot could read it alongside the settings (it is then drawn in the first render). */
  summaries: WorkspaceSummary[] | null;
  children: ReactNode;
}) {
  const [settings, setSettings] = useState(props.settings);
  const [summaries, setSummaries] = useState<WorkspaceSummary[]>(props.summaries ?? []);
  const [loaded, setLoaded] = useState(props.summaries !== null);
  const listedAtBoot = useRef(props.summaries !== null);
  const [searchIndex, setSearchIndex] = useState<Readonly<Record<string, string>> | null>(null);
  const [workspace, setWorkspace] = useState<Workspace | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  // The open workspace as of the last edit, read synchronously (state lags a render).
  const current = useRef<Workspace | null>(null);
  const pending = useRef<Workspace | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const show = useCallback((ws: Workspace | null) => {
    current.current = ws;
    setWorkspace(ws);
  }, []);

  const refreshSummaries = useCallback(async () => setSummaries(await call('library:list')), []);

  const flush = useCallback((): Promise<void> => {
    const run = async (): Promise<void> => {
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
        // Keep the edit (unless a newer one replaced it) and try again.
        pending.current ??= ws;
        timer.current = setTimeout(() => void run(), RETRY_MS);
      }
    };
    return run();
  }, [refreshSummaries]);

  const openWorkspace = useCallback(async (id: string | null) => {
    await flush();
    // An undo offered for the previous client must not apply to the next one.
    dismissToast();
    if (id === null) {
      show(null);
      return;
    }
    // Showing the client does not wait for the store to note it as the open one.
    const [ws] = await Promise.all([call('workspace:get', { id }), call('workspace:activate', { id })]);
    show(ws);
  }, [flush, show]);

  const editWorkspace = useCallback((edit: (ws: Workspace) => Workspace) => {
    const base = current.current;
    if (!base) return;
    const next = edit(base);
    pending.current = next;
    show(next);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
  }, [flush, show]);

  const adoptWorkspace = useCallback((ws: Workspace) => {
    // A result for a client that is no longer open only refreshes the list.
    if (current.current && current.current.id !== ws.id) {
      void refreshSummaries();
      return;
    }
    if (pending.current?.id === ws.id) pending.current = null;
    show(ws);
    void refreshSummaries();
  }, [refreshSummaries, show]);

  const updateSettings = useCallback(async (patch: Partial<Settings>) => {
    setSettings(await call('settings:update', patch));
  }, []);

  useEffect(() => {
    void (async () => {
      if (!listedAtBoot.current) {
        await refreshSummaries();
        setLoaded(true);
      }
      const active = await call('library:active');
      if (active) await openWorkspace(active);
    })();
  }, [refreshSummaries, openWorkspace]);

  // Leaving the page (reload) must not lose the last edit; on quit the main
  // process calls __vitrineFlush and waits for it before closing the window.
  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    (window as { __vitrineFlush?: () => Promise<void> }).__vitrineFlush = flush;
    return () => window.removeEventListener('pagehide', onHide);
  }, [flush]);

  // The search texts are not needed to draw the list: asked for in the task after it is drawn.
  useEffect(() => {
    let live = true;
    const id = setTimeout(() => void call('library:search-index').then((index) => live && setSearchIndex(index), () => undefined), 0);
    return () => {
      live = false;
      clearTimeout(id);
    };
  }, [summaries]);

  const value = useMemo<LibraryState>(
    () => ({ info: props.info, settings, summaries, searchIndex, loaded, workspace, saveState, updateSettings, refreshSummaries, openWorkspace, editWorkspace, adoptWorkspace, flush }),
    [props.info, settings, summaries, searchIndex, loaded, workspace, saveState, updateSettings, refreshSummaries, openWorkspace, editWorkspace, adoptWorkspace, flush],
  );
  return (
    <AppInfoContext.Provider value={props.info}>
      <LibraryContext.Provider value={value}>{props.children}</LibraryContext.Provider>
    </AppInfoContext.Provider>
  );
}
