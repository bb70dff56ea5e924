/**
 * The store's own schemaVersion ladder. Append-only and integer-versioned:
 * migration N turns data at version N-1 into version N. Kept pure so each
 * step is tested in isolation (seed N-1, migrate, compare).
 */
import { legacyWorkspaceWithFacts } from '../domain/facts/legacy';
import { legacyWorkspaceWithCareerLists } from '../domain/workspace/legacy-person';

export const CURRENT_SCHEMA_VERSION = 4;

type Raw = Record<string, unknown>;
type Migration = (data: Raw) => Raw;

/** Applies `upgrade` to every workspace of the store, the live ones and those in the trash. */
function everyWorkspace(data: Raw, upgrade: (workspace: unknown) => unknown): Raw {
  return {
    ...(Array.isArray(data.workspaces) ? { workspaces: data.workspaces.map(upgrade) } : {}),
    ...(Array.isArray(data.trash)
      ? { trash: data.trash.map((t: unknown) => (typeof t === 'object' && t !== null && 'workspace' in t ? { ...t, workspace: upgrade(t.workspace) } : t)) }
      : {}),
  };
}

const MIGRATIONS: Record<number, Migration> = {
  // v0 is a store written before versioning: an empty object or bare settings.
  1: (data) => ({
    ...data,
    schemaVersion: 1,
    workspaces: Array.isArray(data.workspaces) ? data.workspaces : [],
  }),
  // v2: each profile says what is known of each audited fact (see legacy.ts).
  2: (data) => ({ ...data, schemaVersion: 2, ...everyWorkspace(data, legacyWorkspaceWithFacts) }),
  // v3: settings gain `reminders` (posting reminders, issue 14). Nothing to move: the
  // schema's defaults fill it (on, 15 minutes, no network off). The bump keeps a
  // v2 store, which lacks the key, from reading as damaged.
  3: (data) => ({ ...data, schemaVersion: 3 }),
  // v4: the person gains `education` and `certifications` (issue 11). An older
  // Vitrine then opens this store read-only instead of dropping them on save.
  4: (data) => ({ ...data, schemaVersion: 4, ...everyWorkspace(data, legacyWorkspaceWithCareerLists) }),
};

export type MigrationOutcome =
  | { kind: 'current'; data: Raw }
  | { kind: 'migrated'; data: Raw; from: number; to: number }
  | { kind: 'newer'; found: number; supported: number };

export class MigrationError extends Error {}

export function versionOf(data: Raw): number {
  const v = data.schemaVersion;
  if (v === undefined) return 0;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
    throw new MigrationError(`schemaVersion must be a whole number, found ${JSON.stringify(v)}`);
  }
  return v;
}

export function migrate(data: Raw, target = CURRENT_SCHEMA_VERSION): MigrationOutcome {
  const from = versionOf(data);
  if (from > target) return { kind: 'newer', found: from, supported: target };
  if (from === target) return { kind: 'current', data };
  let current = data;
  for (let v = from + 1; v <= target; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new MigrationError(`no migration to schemaVersion ${v}`);
    current = step(current);
  }
  return { kind: 'migrated', data: current, from, to: target };
}
