import { inventoryCsv } from '../../../shared/domain/export/inventory-csv';
import { exportJsonResume } from '../../../shared/domain/jsonresume/export';
import { serializeWorkspaceFile, WORKSPACE_FILE_EXTENSION, type WorkspacePhotos } from '../../../shared/domain/workspace/file';
import type { Workspace } from '../../../shared/schema/workspace';
import type { ExportedFile } from '../../../shared/ipc/contract';
import type { Handlers } from '../../main/ipc-dispatch';
import { findWorkspace, type HandlerDeps } from './context';
import { photoProblem, readPhotoFile } from './photos';

type ExportHandlers = Pick<Handlers, 'workspace:export'>;

/** A file name safe on every system, from the client's name. */
export function fileStem(name: string): string {
  const stem = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '');
  return stem.slice(0, 80) || 'vitrine';
}

const text = (fileName: string, mime: string, content: string): ExportedFile => ({
  fileName,
  mime,
  base64: Buffer.from(content, 'utf8').toString('base64'),
});

/** The stored pictures the profiles refer to; a missing file is left out (the profile still says it has a photo). */
function workspacePhotos(deps: HandlerDeps, ws: Workspace): WorkspacePhotos {
  const photos: WorkspacePhotos = {};
  for (const { photo } of ws.profiles) {
    const bytes = photo.file === undefined ? null : readPhotoFile(deps, photo.file);
    if (photo.file !== undefined && bytes !== null && photoProblem(bytes) === null) photos[photo.file] = Buffer.from(bytes).toString('base64');
  }
  return photos;
}

export function exportHandlers(deps: HandlerDeps): ExportHandlers {
  return {
    'workspace:export': ({ id, format, lang }) => {
      const ws = findWorkspace(deps, id);
      const stem = fileStem(ws.name);
      switch (format) {
        case 'vitrine':
          return text(`${stem}${WORKSPACE_FILE_EXTENSION}`, 'application/json', serializeWorkspaceFile(ws, deps.now(), workspacePhotos(deps, ws)));
        case 'jsonresume':
          return text(`${stem}.resume.json`, 'application/json', `${JSON.stringify(exportJsonResume(ws), null, 2)}\n`);
        case 'csv':
          return text(`${stem}.csv`, 'text/csv', inventoryCsv(ws, { lang }));
      }
    },
  };
}
