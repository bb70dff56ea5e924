import { existsSync, readdirSync, statSync } from 'node:fs';
import type { DataFolder, Diagnostics } from '../../../shared/ipc/contract';
import { reminderRef } from '../../../shared/domain/plan/reminders';
import type { Handlers } from '../../main/ipc-dispatch';
import { forgetPrevious, moveDataFolder, readPointer } from '../desktop/data-folder';
import type { HandlerDeps } from './context';

type DesktopHandlers = Pick<Handlers, 'app:ready' | 'reminder:snooze' | 'diagnostics:get' | 'app:licenses' | 'data:folder' | 'data:move' | 'data:forget-previous'>;

function size(file: string): number | null {
  try {
    return statSync(file).size;
  } catch {
    return null;
  }
}

/** Reminders, Help › Diagnostics and About, Settings › Data: the desktop side of the app. */
export function desktopHandlers(deps: HandlerDeps): DesktopHandlers {
  const { vault } = deps;
  const desk = deps.desktop;
  let pendingRestart = false;

  const folder = (): DataFolder => {
    const defaultDir = desk?.dataFolder?.defaultDir;
    const pointer = defaultDir ? readPointer(defaultDir) : null;
    return {
      dir: deps.info.dataDir,
      source: desk?.dataFolder?.source ?? 'default',
      previous: pointer && pointer.dir === deps.info.dataDir ? pointer.previous : null,
      pendingRestart,
    };
  };

  return {
    'app:ready': () => {
      desk?.onRendererReady?.();
      return null;
    },
    'reminder:snooze': ({ workspaceId, slotKey, minutes }) => {
      desk?.reminders?.snooze(reminderRef(workspaceId, slotKey), minutes);
      return null;
    },
    'diagnostics:get': (): Diagnostics => ({
      version: deps.info.version,
      versions: desk?.versions ?? {},
      platform: desk?.platform ?? process.platform,
      dataDir: deps.info.dataDir,
      dataDirSource: desk?.dataFolder?.source ?? 'default',
      store: {
        path: vault.storePath,
        bytes: size(vault.storePath),
        readOnly: vault.readOnly,
        writeError: vault.writeError,
        clients: vault.data.workspaces.length,
        backups: existsSync(vault.backupsDir) ? readdirSync(vault.backupsDir).filter((n) => n.endsWith('.json')).length : 0,
        // Kinds only: a notice's reason may quote the damaged file.
        notices: vault.notices.map((n) => n.kind),
        doctor: desk?.doctor?.() ?? null,
      },
      logFile: desk?.log?.file ?? null,
      crashDumps: desk?.crashDumps ?? null,
      lastErrors: desk?.log?.lastErrors() ?? [],
    }),
    'app:licenses': () => desk?.licenses?.() ?? [],
    'data:folder': folder,
    'data:move': async ({ target }) => {
      const df = desk?.dataFolder;
      if (!df) return { moved: false, folder: folder(), reason: 'Moving the data folder is not available here.' };
      if (df.source === 'env' || df.source === 'portable') {
        return { moved: false, folder: folder(), reason: df.source === 'env' ? 'The data folder is set by VITRINE_DATA_DIR: change that variable instead.' : 'The portable Vitrine keeps its data beside the program: move the whole folder instead.' };
      }
      const to = target ?? (await df.chooseFolder());
      if (!to) return { moved: false, folder: folder(), reason: null };
      // Everything typed so far is on disk before the copy starts.
      vault.flush();
      const res = moveDataFolder({ from: deps.info.dataDir, to, defaultDir: df.defaultDir });
      desk?.log?.info(res.ok ? 'data folder moved' : 'data folder move failed', res.ok ? { files: res.files, bytes: res.bytes } : { reason: res.reason });
      if (!res.ok) return { moved: false, folder: folder(), reason: res.reason };
      pendingRestart = true;
      df.restart();
      return { moved: true, folder: { ...folder(), dir: to, source: 'pointer', previous: deps.info.dataDir }, reason: null };
    },
    'data:forget-previous': () => {
      const df = desk?.dataFolder;
      if (df) forgetPrevious(df.defaultDir, deps.info.dataDir);
      return folder();
    },
  };
}
