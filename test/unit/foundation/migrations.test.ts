import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, migrate, MigrationError } from '../../../shared/storage/migrations';
import { LibraryData } from '../../../shared/schema/library';

describe('schemaVersion ladder', () => {
  it('migration 1: an unversioned store gains schemaVersion and an empty workspace list', () => {
    expect(migrate({ settings: { theme: 'dark' } }, 1)).toEqual({ kind: 'migrated', from: 0, to: 1, data: { settings: { theme: 'dark' }, schemaVersion: 1, workspaces: [] } });
    expect(migrate({ settings: { theme: 'dark' } })).toEqual({ kind: 'migrated', from: 0, to: CURRENT_SCHEMA_VERSION, data: { settings: { theme: 'dark' }, schemaVersion: CURRENT_SCHEMA_VERSION, workspaces: [] } });
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

describe('migration 2: profiles say what is known of each fact', () => {
  const typed = { state: 'known', source: { kind: 'typed', at: null, label: '' } };
  const unchecked = { state: 'unchecked', source: null };
  const workspace = (profiles: unknown[]) => ({ id: 'w1', name: 'Jeanne', createdAt: '2025-01-01T09:00:00Z', updatedAt: '2025-01-01T09:00:00Z', profiles });
  /** A store as schemaVersion 1 wrote it, with a live workspace and one in the trash. */
  const v1 = () => ({
    schemaVersion: 1,
    settings: { locale: 'fr' },
    workspaces: [workspace([
      { id: 'p1', network: 'linkedin', displayName: 'Jeanne Dupont', headline: 'Pharmacienne', summary: '', photo: { present: true }, links: ['https://jeanne.example'], keywords: [], followOpen: true, wallRestricted: null },
      { id: 'p2', network: 'facebook', photo: { present: false, file: 'old.png' }, wallRestricted: false },
    ])],
    trash: [{ deletedAt: '2025-02-01T09:00:00Z', workspace: workspace([{ id: 't1', network: 'x', summary: 'Bio', photo: { present: false } }]) }],
  });

  it('marks filled fields known (typed), empty ones unchecked, and moves photo.present into facts', () => {
    const out = migrate(v1(), 2);
    expect(out).toMatchObject({ kind: 'migrated', from: 1, to: 2 });
    if (out.kind !== 'migrated') return;
    const library = LibraryData.parse(out.data);
    const [p1, p2] = library.workspaces[0]!.profiles;
    expect(p1!.facts).toEqual({ displayName: typed, headline: typed, photo: typed, summary: unchecked, keywords: unchecked, links: typed, followOpen: typed, wallRestricted: unchecked });
    expect(p1!.photo).toEqual({});
    expect(p2!.facts.photo).toEqual(unchecked);
    expect(p2!.facts.wallRestricted).toEqual(typed);
    expect(p2!.photo).toEqual({ file: 'old.png' });
    expect(library.trash[0]!.workspace.profiles[0]!.facts.summary).toEqual(typed);
    expect(library.settings.locale).toBe('fr');
  });

  it('is canonical after migration: a second load needs no zod repair', () => {
    const out = migrate(v1());
    if (out.kind !== 'migrated') throw new Error('not migrated');
    const once = LibraryData.parse(out.data);
    expect(LibraryData.parse(JSON.parse(JSON.stringify(once)))).toEqual(once);
  });

  it('leaves malformed profiles for the schema to report', () => {
    const out = migrate({ schemaVersion: 1, workspaces: [workspace(['not a profile'])] });
    expect(out.kind === 'migrated' && (out.data.workspaces as { profiles: unknown[] }[])[0]!.profiles).toEqual(['not a profile']);
  });
});

describe('migration 3: posting reminder settings', () => {
  it('a v2 store gains the default reminder settings and keeps the rest of its settings', () => {
    const v2 = { schemaVersion: 2, settings: { locale: 'fr', theme: 'dark', consultantName: 'Conseil', consultantLogo: null }, workspaces: [] };
    const out = migrate(v2);
    expect(out).toMatchObject({ kind: 'migrated', from: 2, to: CURRENT_SCHEMA_VERSION });
    if (out.kind !== 'migrated') return;
    const lib = LibraryData.parse(out.data);
    expect(lib.settings).toEqual({ locale: 'fr', theme: 'dark', consultantName: 'Conseil', consultantLogo: null, reminders: { enabled: true, leadMinutes: 15, offNetworks: [] } });
  });
});

describe('migration 4: the person keeps education and certifications', () => {
  const workspace = (person: unknown) => ({ id: 'w1', name: 'Jeanne', createdAt: '2025-01-01T09:00:00Z', updatedAt: '2025-01-01T09:00:00Z', person });
  const v3 = () => ({
    schemaVersion: 3,
    workspaces: [workspace({ displayName: 'Jeanne Dupont', skills: ['Officine'] })],
    trash: [{ deletedAt: '2025-02-01T09:00:00Z', workspace: workspace({ displayName: 'Paul' }) }],
  });

  it('a v3 store gains empty lists on every person, live or in the trash, and is canonical at once', () => {
    const out = migrate(v3(), 4);
    expect(out).toMatchObject({ kind: 'migrated', from: 3, to: 4 });
    if (out.kind !== 'migrated') return;
    const raw = out.data as { workspaces: { person: unknown }[]; trash: { workspace: { person: unknown } }[] };
    expect(raw.workspaces[0]!.person).toEqual({ displayName: 'Jeanne Dupont', skills: ['Officine'], education: [], certifications: [] });
    expect(raw.trash[0]!.workspace.person).toEqual({ displayName: 'Paul', education: [], certifications: [] });
    const lib = LibraryData.parse(out.data);
    expect(lib.workspaces[0]!.person.skills).toEqual(['Officine']);
  });

  it('an older Vitrine (schema 3) opening a v4 store is told it is newer, so it never saves over the new fields', () => {
    expect(migrate({ schemaVersion: 4, workspaces: [] }, 3)).toEqual({ kind: 'newer', found: 4, supported: 3 });
  });

  it('leaves a workspace without a person for the schema to fill', () => {
    const out = migrate({ schemaVersion: 3, workspaces: [{ id: 'w1' }] });
    expect(out.kind === 'migrated' && out.data.workspaces).toEqual([{ id: 'w1' }]);
  });
});
