import { describe, expect, it } from 'vitest';
import { newProfile, newWorkspace } from '../../../shared/domain/workspace/factory';
import { parseWorkspaceFile, serializeWorkspaceFile } from '../../../shared/domain/workspace/file';
import { migrateToCurrent } from '../../../shared/domain/workspace/migrations';

const NOW = new Date('2025-03-01T09:00:00.000Z');

function sample() {
  const ws = newWorkspace('Jeanne Dupont', { id: 'ws1', now: NOW });
  ws.profiles.push(
    newProfile('linkedin', { id: 'p1', url: 'https://www.linkedin.com/in/jeanne', handle: 'jeanne', customFields: { z: '1', a: '2' } }),
    newProfile('malt', { id: 'p2', handle: 'jeanned' }),
  );
  ws.limitOverrides = { malt: { headlineMax: 80 }, linkedin: { headlineMax: 220 } };
  ws.posts.push({ id: 'post1', profileId: 'p1', network: 'linkedin', date: '2025-02-01T08:00:00Z', status: 'published', theme: '', text: 'Bonjour', link: '', promotional: false, notes: '', slotKey: null, source: null });
  return ws;
}

function withFile(mutate: (file: Record<string, unknown>) => void): string {
  const file = JSON.parse(serializeWorkspaceFile(sample(), NOW)) as Record<string, unknown>;
  mutate(file);
  return JSON.stringify(file, null, 2);
}

describe('serializeWorkspaceFile', () => {
  it('writes the envelope and round-trips through parseWorkspaceFile', () => {
    const text = serializeWorkspaceFile(sample(), NOW);
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(file)).toEqual(['format', 'version', 'exportedAt', 'app', 'workspace']);
    expect(file).toMatchObject({ format: 'vitrine-workspace', version: 3, exportedAt: NOW.toISOString(), app: 'Vitrine' });
    const parsed = parseWorkspaceFile(text);
    expect(parsed).toEqual({ ok: true, workspace: expect.objectContaining({ id: 'ws1', name: 'Jeanne Dupont' }), photos: {} });
    if (parsed.ok) expect(parsed.workspace).toEqual(sample());
  });

  it('is stable: record keys sorted, same bytes whatever the insertion order', () => {
    const a = sample();
    const b = sample();
    b.limitOverrides = { linkedin: { headlineMax: 220 }, malt: { headlineMax: 80 } };
    const profile = b.profiles[0];
    if (profile) profile.customFields = { a: '2', z: '1' };
    expect(serializeWorkspaceFile(a, NOW)).toBe(serializeWorkspaceFile(b, NOW));
    expect(serializeWorkspaceFile(a, NOW).indexOf('"linkedin": {')).toBeLessThan(serializeWorkspaceFile(a, NOW).indexOf('"malt": {'));
    expect(serializeWorkspaceFile(a, NOW).endsWith('}\n')).toBe(true);
  });

  it('refuses to write an invalid workspace, naming the field', () => {
    const ws = sample();
    (ws.profiles[0] as { url: unknown }).url = 42;
    expect(() => serializeWorkspaceFile(ws, NOW)).toThrow(/workspace\.profiles\[0\]\.url: expected a string, got a number/);
  });
});

describe('parseWorkspaceFile errors', () => {
  it('names the field path of a wrong type', () => {
    const text = withFile((f) => { ((f.workspace as { profiles: { url: unknown }[] }).profiles[1] as { url: unknown }).url = 3; });
    expect(parseWorkspaceFile(text)).toEqual({ ok: false, errors: [{ path: 'workspace.profiles[1].url', message: 'expected a string, got a number' }] });
    const fr = parseWorkspaceFile(text, { lang: 'fr' });
    expect(fr.ok ? '' : fr.errors[0]?.message).toBe('attendu : un texte, reçu : un nombre');
  });

  it('gives line and column for invalid JSON', () => {
    const result = parseWorkspaceFile('{\n  "format": "vitrine-workspace",\n  "version": 1,\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toBe('invalid JSON: unexpected character "}" at line 4, column 1');
    const end = parseWorkspaceFile('{"format": ');
    if (!end.ok) expect(end.errors[0]?.message).toMatch(/unexpected end of file/);
    const fr = parseWorkspaceFile('[1,,2]', { lang: 'fr' });
    if (!fr.ok) expect(fr.errors[0]?.message).toBe('JSON invalide : caractère inattendu "," ligne 1, colonne 4');
  });

  it('refuses a newer version clearly', () => {
    const result = parseWorkspaceFile(withFile((f) => { f.version = 4; }));
    expect(result).toEqual({ ok: false, errors: [{ path: 'version', message: expect.stringMatching(/newer Vitrine \(file version 4; this app reads up to version 3\)/) }] });
  });

  it('rejects a missing or bad version, a wrong format and non-objects', () => {
    expect(parseWorkspaceFile(withFile((f) => { delete f.version; }))).toMatchObject({ ok: false, errors: [{ path: 'version' }] });
    expect(parseWorkspaceFile(withFile((f) => { f.version = 0; }))).toMatchObject({ ok: false, errors: [{ path: 'version' }] });
    expect(parseWorkspaceFile(withFile((f) => { f.format = 'other'; }))).toMatchObject({ ok: false, errors: [{ path: 'format', message: expect.stringMatching(/not a Vitrine workspace/) }] });
    expect(parseWorkspaceFile('{"basics": {}}')).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/JSON Resume/) }] });
    expect(parseWorkspaceFile('[]')).toMatchObject({ ok: false, errors: [{ path: '', message: 'expected a JSON object, got a list' }] });
    expect(parseWorkspaceFile('')).toMatchObject({ ok: false });
  });

  it('reports enum, date and missing-field problems under their path', () => {
    const result = parseWorkspaceFile(withFile((f) => {
      const ws = f.workspace as { profiles: Record<string, unknown>[]; createdAt?: unknown };
      (ws.profiles[0] as Record<string, unknown>).status = 'sleeping';
      (ws.profiles[0] as Record<string, unknown>).lastReviewed = '01/02/2025';
      delete ws.createdAt;
    }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.errors.map((e) => [e.path, e.message]));
    expect(byPath['workspace.profiles[0].status']).toMatch(/^unknown value; allowed: "active", "to-create"/);
    expect(byPath['workspace.profiles[0].lastReviewed']).toMatch(/YYYY-MM-DD/);
    expect(byPath['workspace.createdAt']).toBe('expected a string, got nothing (field missing)');
  });

  it('checks ids: duplicates and posts pointing at unknown profiles', () => {
    const result = parseWorkspaceFile(withFile((f) => {
      const ws = f.workspace as { profiles: { id: string }[]; posts: { profileId: string }[] };
      (ws.profiles[1] as { id: string }).id = 'p1';
      (ws.posts[0] as { profileId: string }).profileId = 'ghost';
    }));
    expect(result).toEqual({ ok: false, errors: [
      { path: 'workspace.profiles[1].id', message: 'duplicate id "p1"' },
      { path: 'workspace.posts[0].profileId', message: 'no profile has the id "ghost"' },
    ] });
  });

  it('ignores unknown extra fields and a BOM', () => {
    const text = `\uFEFF${withFile((f) => { f.comment = 'hand-edited'; })}`;
    expect(parseWorkspaceFile(text).ok).toBe(true);
  });
});

describe('migrateToCurrent', () => {
  it('runs each step of the ladder in order and stamps the version', () => {
    const ladder = {
      1: (f: Record<string, unknown>) => ({ ...f, steps: ['1→2'] }),
      2: (f: Record<string, unknown>) => ({ ...f, steps: [...((f.steps as string[] | undefined) ?? []), '2→3'] }),
    };
    expect(migrateToCurrent({ version: 1 }, 1, 3, ladder)).toEqual({ ok: true, file: { version: 3, steps: ['1→2', '2→3'] } });
    expect(migrateToCurrent({ version: 2 }, 2, 3, ladder)).toEqual({ ok: true, file: { version: 3, steps: ['2→3'] } });
    expect(migrateToCurrent({ version: 1 }, 1, 4, ladder)).toEqual({ ok: false, missing: 3 });
  });

  it('leaves a current file untouched', () => {
    expect(migrateToCurrent({ version: 3, a: 1 }, 3)).toEqual({ ok: true, file: { version: 3, a: 1 } });
  });
});

describe('file version 1 → 2: facts', () => {
  /** A profile as Vitrine 1 wrote it: `photo.present`, no `facts`. */
  const v1Profile = (extra: Record<string, unknown>) => ({ id: 'p1', network: 'linkedin', photo: { present: false }, ...extra });
  const v1File = (profiles: unknown[]) => JSON.stringify({
    format: 'vitrine-workspace', version: 1, exportedAt: NOW.toISOString(),
    workspace: { id: 'ws1', name: 'Jeanne', createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(), profiles },
  });

  it('turns filled fields into known facts (typed) and empty ones into unchecked, moving photo.present', () => {
    const result = parseWorkspaceFile(v1File([
      v1Profile({ displayName: 'Jeanne Dupont', headline: '  ', summary: 'Bonjour', photo: { present: true, file: 'face.png' }, keywords: ['', 'santé'], links: [], followOpen: false }),
      v1Profile({ id: 'p2', network: 'malt' }),
    ]));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const [filled, empty] = result.workspace.profiles;
    const typed = { state: 'known', source: { kind: 'typed', at: null, label: '' } };
    const unchecked = { state: 'unchecked', source: null };
    expect(filled!.photo).toEqual({ file: 'face.png' });
    expect(filled!.facts).toEqual({
      displayName: typed, headline: unchecked, photo: typed, summary: typed, keywords: typed, links: unchecked, followOpen: typed, wallRestricted: unchecked,
    });
    expect(Object.values(empty!.facts)).toEqual(Array(8).fill(unchecked));
    expect(empty!.photo).toEqual({});
    expect(result.workspace.mainProfileId).toBeNull();
  });

  it('writes the current version with the facts, and reads it back unchanged', () => {
    const result = parseWorkspaceFile(v1File([v1Profile({ displayName: 'Jeanne' })]));
    if (!result.ok) throw new Error('v1 file refused');
    const text = serializeWorkspaceFile(result.workspace, NOW);
    expect(JSON.parse(text)).toMatchObject({ version: 3, workspace: { profiles: [{ photo: {}, facts: { displayName: { state: 'known' } } }] } });
    const again = parseWorkspaceFile(text);
    expect(again.ok && again.workspace).toEqual(result.workspace);
  });
});

describe('file version 2 → 3: education and certifications', () => {
  /** A workspace file as Vitrine wrote it at version 2: the person has no education nor certifications. */
  const v2File = () => {
    const file = JSON.parse(serializeWorkspaceFile(sample(), NOW)) as { version: number; workspace: { person: Record<string, unknown> } };
    file.version = 2;
    delete file.workspace.person.education;
    delete file.workspace.person.certifications;
    file.workspace.person.skills = ['Pharmacie clinique'];
    return file;
  };

  it('the migration gives the person empty lists and keeps the rest', () => {
    const up = migrateToCurrent(v2File(), 2);
    if (!up.ok) throw new Error('no migration');
    expect(up.file.version).toBe(3);
    expect((up.file.workspace as { person: unknown }).person).toMatchObject({ skills: ['Pharmacie clinique'], education: [], certifications: [] });
  });

  it('reads a version 2 file, and a version 3 file keeps what the person studied', () => {
    const old = parseWorkspaceFile(JSON.stringify(v2File()));
    if (!old.ok) throw new Error(JSON.stringify(old.errors));
    expect(old.workspace.person).toMatchObject({ skills: ['Pharmacie clinique'], education: [], certifications: [] });
    const ws = sample();
    ws.person.education = [{ institution: 'Université Lyon 1', area: 'Pharmacie', studyType: 'Doctorat', startDate: '2008', endDate: '2014' }];
    ws.person.certifications = [{ name: 'Vaccination en officine', issuer: 'Ordre des pharmaciens', date: '2021-10', url: '' }];
    const again = parseWorkspaceFile(serializeWorkspaceFile(ws, NOW));
    expect(again.ok && again.workspace.person).toMatchObject({ education: ws.person.education, certifications: ws.person.certifications });
  });
});
