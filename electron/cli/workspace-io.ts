import path from 'node:path';
import { importJsonResume } from '../../shared/domain/jsonresume/import';
import { networkForWorkspace } from '../../shared/domain/networks/registry';
import { newWorkspace } from '../../shared/domain/workspace/factory';
import { parseWorkspaceFile, serializeWorkspaceFile, type WorkspacePhotos } from '../../shared/domain/workspace/file';
import type { Lang } from '../../shared/schema/text';
import type { Person, Workspace } from '../../shared/schema/workspace';
import { exists, invalid, readText, writeFileAtomic, type CliIo } from './io';

/** A .vitrine.json file with the pictures it carries, or exit 1 naming each bad field. */
export function loadWorkspaceFile(io: CliIo, file: string, lang: Lang = 'en'): { workspace: Workspace; photos: WorkspacePhotos } {
  const parsed = parseWorkspaceFile(readText(io, file), { lang });
  if (!parsed.ok) throw invalid(`${file} is not a valid Vitrine workspace file:\n${parsed.errors.map((e) => `  ${e.path}: ${e.message}`).join('\n')}`);
  return { workspace: parsed.workspace, photos: parsed.photos };
}

export function loadWorkspace(io: CliIo, file: string, lang: Lang = 'en'): Workspace {
  return loadWorkspaceFile(io, file, lang).workspace;
}

/** The target of an import: loaded (pictures included), or a new empty workspace named after the file. */
export function loadOrCreateWorkspace(io: CliIo, file: string): { workspace: Workspace; photos: WorkspacePhotos; created: boolean } {
  if (exists(io, file)) return { ...loadWorkspaceFile(io, file), created: false };
  const name = path.basename(file).replace(/\.vitrine\.json$|\.json$/i, '') || 'Vitrine';
  return { workspace: newWorkspace(name, { id: io.newId(), now: io.now() }), photos: {}, created: true };
}

/** Writes the file with the pictures its profiles still refer to (none is silently dropped). */
export function saveWorkspace(io: CliIo, file: string, ws: Workspace, photos: WorkspacePhotos = {}): void {
  const used = new Set(ws.profiles.map((p) => p.photo.file).filter((f): f is string => f !== undefined));
  const kept = Object.fromEntries(Object.entries(photos).filter(([name]) => used.has(name)));
  writeFileAtomic(io, file, serializeWorkspaceFile(ws, io.now(), kept));
}

/**
 * A workspace from either a workspace file or a JSON Resume, for commands
 * that accept both (audit); for a résumé, also the person it describes, whose
 * own content is audited apart (shared/domain/audit/person-audit.ts).
 */
export function loadWorkspaceOrResume(io: CliIo, file: string, lang: Lang): { workspace: Workspace; resume: Person | null } {
  const text = readText(io, file);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw invalid(`${file} is not valid JSON: ${(e as Error).message}`);
  }
  if (json && typeof json === 'object' && 'basics' in json) {
    const empty = newWorkspace(path.basename(file), { id: io.newId(), now: io.now() });
    const res = importJsonResume(empty, text, { idGen: io.newId, now: io.now(), registry: networkForWorkspace(empty) });
    if (!res.ok) throw invalid(`${file} is not a usable JSON Resume:\n${res.errors.map((e) => `  ${e.path}: ${e.message}`).join('\n')}`);
    return { workspace: res.plan.result, resume: res.person };
  }
  return { workspace: loadWorkspace(io, file, lang), resume: null };
}
