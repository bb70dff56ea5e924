import { LibraryData, TrashEntry, validateLibrary, WindowBounds, Settings } from '../schema/library';
import { Workspace } from '../schema/workspace';
import { summarizeZodError } from '../schema/zod-issues';
import { CURRENT_SCHEMA_VERSION, migrate, MigrationError } from './migrations';

/**
 * Reading the library file, and telling damage from a good file. Vitrine
 * writes zod's own output, so a current-version file holding an unknown key
 * or missing a key Vitrine always writes was damaged (a flipped bit in
 * "workspaces" makes "workspacez"): zod would strip it and fill a default,
 * silently. Such a file is damage, never read as good.
 */
/**
 * Why a library file could not be used, as a code the UI words in its language
 * (the English `reason` beside it is the technical detail).
 */
export const DAMAGE_CODES = ['unreadable', 'missing', 'not-json', 'migration-failed', 'unexpected-content', 'not-saved-by-vitrine', 'other'] as const;
export type DamageCode = (typeof DAMAGE_CODES)[number];

export type LibraryRead =
  | { ok: true; data: LibraryData; migratedFrom?: number }
  | { ok: false; code: DamageCode; reason: string; raw: Record<string, unknown> | null }
  | { ok: 'newer'; found: number };

/** Same JSON value, key order aside. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => sameJson(x, bb[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ob = b as Record<string, unknown>;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(ob, k) && sameJson((a as Record<string, unknown>)[k], ob[k]));
}

/** A value zod accepts as it is: nothing stripped, nothing defaulted. */
function exact<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, value: unknown): T | null {
  const parsed = schema.safeParse(value);
  return parsed.success && sameJson(parsed.data, value) ? parsed.data : null;
}

function asObject(text: string): Record<string, unknown> | string {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return `not valid JSON (${(e as Error).message})`;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'not a JSON object';
  return raw as Record<string, unknown>;
}

/** Parses, migrates and checks a library file's text; never throws. */
export function readLibraryText(text: string): LibraryRead {
  const raw = asObject(text);
  if (typeof raw === 'string') return { ok: false, code: 'not-json', reason: raw, raw: null };
  let outcome;
  try {
    outcome = migrate(raw);
  } catch (e) {
    if (e instanceof MigrationError) return { ok: false, code: 'migration-failed', reason: e.message, raw: null };
    throw e;
  }
  if (outcome.kind === 'newer') return { ok: 'newer', found: outcome.found };
  const parsed = validateLibrary(outcome.data);
  if (!parsed.success) return { ok: false, code: 'unexpected-content', reason: `unexpected content: ${summarizeZodError(parsed.error, outcome.data)}`, raw: outcome.data };
  // An older file is completed by its migration and zod's defaults; a current one must be exactly what Vitrine writes.
  if (outcome.kind === 'migrated') return { ok: true, data: parsed.data, migratedFrom: outcome.from };
  if (parsed.data !== outcome.data && !sameJson(parsed.data, outcome.data)) {
    return { ok: false, code: 'unexpected-content', reason: `unexpected content: ${differences(outcome.data, parsed.data).join('; ')}`, raw: outcome.data };
  }
  return { ok: true, data: parsed.data };
}

/** Top-level keys zod would strip or fill (the detail is in the per-client salvage). */
function differences(raw: Record<string, unknown>, parsed: LibraryData): string[] {
  const shape = Object.keys(LibraryData.shape);
  const out: string[] = [];
  for (const k of Object.keys(raw)) if (!shape.includes(k)) out.push(`unknown key "${k}"`);
  for (const k of shape) {
    if (!(k in raw)) out.push(`missing key "${k}"`);
    else if (!sameJson(raw[k], (parsed as Record<string, unknown>)[k])) out.push(`damaged "${k}"`);
  }
  return out.length ? out : ['not exactly as Vitrine writes it'];
}

export interface LostClient {
  id: string | null;
  name: string;
}

export interface Salvage {
  data: LibraryData;
  /** Clients that did not validate (kept only in the quarantined file). */
  lostClients: LostClient[];
  /**
   * Other parts that could not be read, as codes the UI words in its language:
   * `settings`, `workspaces` (the list itself), `trash`, `window`,
   * `key:<name>` (an unknown key), `deleted:<name>` (a deleted client kept for undo).
   */
  lostParts: string[];
}

function clientLabel(raw: unknown, index: number): LostClient {
  const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const id = typeof o.id === 'string' ? o.id : null;
  const name = typeof o.name === 'string' && o.name.trim() ? o.name.slice(0, 200) : id ?? `#${index + 1}`;
  return { id, name };
}

/**
 * Keeps every client of a damaged library (one that still parses as a JSON
 * object) that validates exactly, and names everything else.
 */
export function salvageLibrary(raw: Record<string, unknown>): Salvage {
  const lostClients: LostClient[] = [];
  const lostParts: string[] = [];
  const known = new Set(Object.keys(LibraryData.shape));
  for (const k of Object.keys(raw)) if (!known.has(k)) lostParts.push(`key:${k.slice(0, 100)}`);

  const settings = exact(Settings, raw.settings);
  if (!settings) lostParts.push('settings');

  const workspaces: Workspace[] = [];
  if (Array.isArray(raw.workspaces)) {
    const ids = new Set<string>();
    raw.workspaces.forEach((w, i) => {
      const ws = exact(Workspace, w);
      if (ws && !ids.has(ws.id)) {
        ids.add(ws.id);
        workspaces.push(ws);
      } else lostClients.push(clientLabel(w, i));
    });
  } else lostParts.push('workspaces');

  const trash: LibraryData['trash'] = [];
  if (Array.isArray(raw.trash)) {
    raw.trash.forEach((t, i) => {
      const entry = exact(TrashEntry, t);
      if (entry) trash.push(entry);
      else lostParts.push(`deleted:${clientLabel((t as { workspace?: unknown } | null)?.workspace, i).name}`);
    });
  } else lostParts.push('trash');

  const window = raw.window === null ? null : exact(WindowBounds, raw.window);
  if (raw.window !== null && !window) lostParts.push('window');

  const active = typeof raw.activeWorkspaceId === 'string' && workspaces.some((w) => w.id === raw.activeWorkspaceId) ? raw.activeWorkspaceId : null;
  const data = LibraryData.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    settings: settings ?? undefined,
    workspaces,
    activeWorkspaceId: active,
    trash,
    window,
  });
  return { data, lostClients, lostParts };
}
