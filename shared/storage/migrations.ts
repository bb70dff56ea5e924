/**
 * The store's own schemaVersion ladder. Append-only and integer-versioned:
 * migration N turns data at version N-1 into version N. Kept pure so each
 * step is tested in isolation (seed N-1, migrate, compare).
 */
import { legacyWorkspaceWithFacts } from '../domain/facts/legacy';

export const CURRENT_SCHEMA_VERSION = 3;

type Raw = Record<string, unknown>;
type Migration = (data: Raw) => Raw;

const MIGRATIONS: Record<number, Migration> = {
  // v0 is a store written before versioning: an empty object or bare settings.
  1: (data) => ({
    ...data,
    schemaVersion: 1,
    workspaces: Array.isArray(data.workspaces) ? data.workspaces : [],
  }),
  // v2: each profile says what is known of each audited fact (see legacy.ts).
  2: (data) => ({
    ...data,
    schemaVersion: 2,
    ...(Array.isArray(data.workspaces) ? { workspaces: data.workspaces.map(legacyWorkspaceWithFacts) } : {}),
    ...(Array.isArray(data.trash)
      ? { trash: data.trash.map((t: unknown) => (typeof t === 'object' && t !== null && 'workspace' in t ? { ...t, workspace: legacyWorkspaceWithFacts(t.workspace) } : t)) }
      : {}),
  }),
  // v3: settings gain `reminders` (posting reminders, issue 14). Nothing to move: the
  // schema's defaults fill it (on, 15 minutes, no network off). The bump keeps a
  // v2 store, which lacks the key, from reading as damaged.
  3: (data) => ({ ...data, schemaVersion: 3 }),
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
