import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { LibraryData } from '../../shared/schema/library';
import type { Workspace } from '../../shared/schema/workspace';
import { CURRENT_SCHEMA_VERSION } from '../../shared/storage/migrations';

/**
 * A data folder's vitrine.json holding these clients, as Vitrine itself writes
 * it (every key, current version): the app then starts on it as on a user's
 * data, without the repair a partial file would (rightly) get.
 */
export function writeLibraryFile(dataDir: string, workspaces: Workspace[]): void {
  const data = LibraryData.parse({ schemaVersion: CURRENT_SCHEMA_VERSION, workspaces });
  writeFileSync(path.join(dataDir, 'vitrine.json'), JSON.stringify(data));
}
