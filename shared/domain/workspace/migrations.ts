/**
 * Upgrading old `.vitrine.json` files, one version at a time.
 *
 * When the file format changes, bump WORKSPACE_FILE_VERSION and add
 * `MIGRATIONS[n]`: a pure function turning the raw JSON of a version-n file
 * into a version-(n+1) file. Reading a file runs every step from its version
 * up to the current one, then validates the result with the current schema,
 * so a migration only has to reshape data, never to validate it.
 */
import { legacyWorkspaceWithFacts } from '../facts/legacy';
import { legacyWorkspaceWithCareerLists } from './legacy-person';

export const WORKSPACE_FILE_VERSION = 3;

export type RawFile = Record<string, unknown>;
export type Migration = (file: RawFile) => RawFile;

/** `MIGRATIONS[n]` upgrades a version-n file to version n+1. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // 1 → 2: profiles gain `facts` (known / absent / not checked); photo.present moves there.
  1: (file) => ({ ...file, workspace: legacyWorkspaceWithFacts(file.workspace) }),
  // 2 → 3: the person gains `education` and `certifications`; an older Vitrine refuses the file rather than drop them.
  2: (file) => ({ ...file, workspace: legacyWorkspaceWithCareerLists(file.workspace) }),
};

export type MigrationResult = { ok: true; file: RawFile } | { ok: false; missing: number };

export function migrateToCurrent(
  file: RawFile,
  from: number,
  current: number = WORKSPACE_FILE_VERSION,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): MigrationResult {
  let upgraded = file;
  for (let version = from; version < current; version += 1) {
    const step = migrations[version];
    if (!step) return { ok: false, missing: version };
    upgraded = { ...step(upgraded), version: version + 1 };
  }
  return { ok: true, file: upgraded };
}
