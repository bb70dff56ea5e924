import { existsSync, readdirSync, statSync } from 'node:fs';
import type { DataFolder, Diagnostics, MoveFailureKind } from '../../../shared/ipc/contract';
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
      const failed = (kind: MoveFailureKind, detail: string) => ({ moved: false, folder: folder(), failure: { kind, detail } });
      if (!df) return failed('unavailable', 'no data folder service in this process');
      if (df.source === 'env') return failed('env', 'VITRINE_DATA_DIR');
      if (df.source === 'portable') return failed('portable', deps.info.dataDir);
      const to = target ?? (await df.chooseFolder());
      if (!to) return { moved: false, folder: folder(), failure: null };
      // Everything typed so far is on disk before the copy starts.
      vault.flush();
      const res = moveDataFolder({ from: deps.info.dataDir, to, defaultDir: df.defaultDir });
      desk?.log?.info(res.ok ? 'data folder moved' : 'data folder move failed', res.ok ? { files: res.files, bytes: res.bytes } : { kind: res.kind, detail: res.detail });
      if (!res.ok) return failed(res.kind, res.detail);
      pendingRestart = true;
      df.restart();
      return { moved: true, folder: { ...folder(), dir: to, source: 'pointer', previous: deps.info.dataDir }, failure: null };
    },
    'data:forget-previous': () => {
      const df = desk?.dataFolder;
      if (df) forgetPrevious(df.defaultDir, deps.info.dataDir);
      return folder();
    },
  };
}
