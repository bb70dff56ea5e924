import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, migrate, MigrationError } from '../../../shared/storage/migrations';

describe('schemaVersion ladder', () => {
  it('migration 1: an unversioned store gains schemaVersion and an empty workspace list', () => {
    const out = migrate({ settings: { theme: 'dark' } });
    expect(out).toEqual({ kind: 'migrated', from: 0, to: 1, data: { settings: { theme: 'dark' }, schemaVersion: 1, workspaces: [] } });
  });
  it('leaves current data alone', () => {
    const data = { schemaVersion: CURRENT_SCHEMA_VERSION, workspaces: [] };
    expect(migrate(data)).toEqual({ kind: 'current', data });
  });
  it('refuses data from a newer version', () => {
    expect(migrate({ schemaVersion: CURRENT_SCHEMA_VERSION + 1 })).toEqual({ kind: 'newer', found: CURRENT_SCHEMA_VERSION + 1, supported: CURRENT_SCHEMA_VERSION });
  });
  it('rejects a nonsensical version with a clear message', () => {
    expect(() => migrate({ schemaVersion: 'two' })).toThrow(MigrationError);
    expect(() => migrate({ schemaVersion: 1.5 })).toThrow(/whole number/);
  });
});
