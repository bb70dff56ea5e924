import { checkDeclaredSizes } from '../../../../../shared/domain/import/bounds';
import { selectNeeded } from '../../../../../shared/domain/import/files';
import type { ImportFile } from '../../../../../shared/ipc/contract';
import type { Lang } from '../../../../../shared/schema/text';

/** Raised before any byte is read, with the user's message. */
export class ImportReadRefused extends Error {}

/**
 * The chosen files as the import contract carries them (binary), bounded
 * before anything is read: from a folder only the files its format needs,
 * and every size checked against the import limits first. A folder keeps
 * each file's relative path as its name.
 */
export async function readImportFiles(chosen: readonly File[], lang: Lang, onProgress?: (done: number, total: number) => void): Promise<ImportFile[]> {
  const named = chosen.map((file) => ({ file, name: file.webkitRelativePath || file.name, size: file.size }));
  const picked = named.length === 1 ? named : selectNeeded(named);
  const refusal = checkDeclaredSizes(picked);
  if (refusal) throw new ImportReadRefused(refusal[lang]);
  const out: ImportFile[] = [];
  for (const { file, name } of picked) {
    out.push({ name, bytes: new Uint8Array(await file.arrayBuffer()) });
    onProgress?.(out.length, picked.length);
  }
  return out;
}
