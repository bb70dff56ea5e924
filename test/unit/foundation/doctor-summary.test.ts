import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { doctorSummary } from '../../../electron/services/desktop/doctor-summary';
import { inspectDataDir } from '../../../electron/services/doctor';
import { Vault } from '../../../electron/services/vault';
import { Workspace } from '../../../shared/schema/workspace';

describe('Diagnostics: the doctor report without personal text', () => {
  it('gives counts and states of a real folder, never a client name', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vitrine-doctor-'));
    const vault = new Vault({ dir, debounceMs: 0 });
    vault.update((d) => ({ ...d, workspaces: [Workspace.parse({ id: 'w1', name: 'Jeanne Dupont', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', profiles: [] })] }));
    vault.flush();
    const lines = doctorSummary(inspectDataDir(dir));
    expect(lines[0]).toMatch(/^store: ok, schemaVersion \d+, \d+ bytes$/);
    expect(lines).toContain('clients: 1, profiles: 0');
    expect(lines.find((l) => l.startsWith('backups:'))).toMatch(/^backups: \d+ \(\d+ valid\)$/);
    expect(lines.join('\n')).not.toContain('Jeanne');
  });
});
