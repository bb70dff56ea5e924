import { describe, expect, it } from 'vitest';
import { planImport } from '../../../shared/domain/import/detect';
import { IMPORT_FAILURE_KINDS, IMPORT_FAILURE_TEXT, importFailureKind } from '../../../shared/domain/import/failure';
import { serializeWorkspaceFile } from '../../../shared/domain/workspace/file';
import { deps, emptyWorkspace, folder, NOW } from '../../fixtures/import/helpers';

const plan = (files: ReturnType<typeof folder>, limits?: Parameters<typeof planImport>[2]['limits']) =>
  planImport(emptyWorkspace(), files, { ...deps(), lang: 'fr', limits });

/** A workspace file with one profile status no Vitrine writes. */
function badStatus(): string {
  const ws = emptyWorkspace();
  const file = JSON.parse(serializeWorkspaceFile(ws, NOW)) as { workspace: { profiles: unknown[] } };
  file.workspace.profiles = [{ id: 'p1', network: 'linkedin', handle: 'a', url: 'https://www.linkedin.com/in/a', status: 'shiny' }];
  return JSON.stringify(file);
}

describe('import failures carry a kind, and keep their technical detail', () => {
  it.each([
    ['a JSON that is neither a Vitrine file nor a résumé', { 'notes.json': '{"hello": "world"}' }, 'unrecognised', /pas un format que Vitrine sait importer/],
    ['a Vitrine file with an unknown status', { 'c.vitrine.json': badStatus() }, 'damaged', /profiles\[0\]\.status/],
    ['a Vitrine file cut short', { 'c.vitrine.json': serializeWorkspaceFile(emptyWorkspace(), NOW).slice(0, 80) }, 'damaged', /JSON/],
    ['a zip cut short', { 'export.zip': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) }, 'archive-refused', /zip/],
  ] as const)('%s', (_what, files, kind, detail) => {
    const r = plan(folder(files as Record<string, string | Uint8Array>));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.kind).toBe(kind);
    expect(r.message.fr).toMatch(detail);
  });

  it('a file over the limit is too large, named in the detail', () => {
    const r = plan(folder({ 'cv.json': `{"basics": {"name": "${'a'.repeat(2000)}"}}` }), { maxFileBytes: 1000, maxTotalBytes: 5000 });
    expect(r).toMatchObject({ ok: false, kind: 'too-large' });
    if (!r.ok) expect(r.message.fr).toContain('cv.json');
  });

  it('an IPC error without a kind gets one from its code; an unknown kind is not trusted', () => {
    expect(importFailureKind({ code: 'invalid-file', kind: 'damaged' })).toBe('damaged');
    expect(importFailureKind({ code: 'invalid-file' })).toBe('unrecognised');
    expect(importFailureKind({ code: 'too-large' })).toBe('too-large');
    expect(importFailureKind({ code: 'not-found' })).toBe('expired');
    expect(importFailureKind({ code: 'conflict' })).toBe('changed-since');
    expect(importFailureKind({ code: 'internal', kind: 'made-up' })).toBe('unexpected');
  });

  it('every kind has a sentence and a next step in French and English, and the French is French', () => {
    for (const kind of IMPORT_FAILURE_KINDS) {
      const { sentence, next } = IMPORT_FAILURE_TEXT[kind];
      for (const text of [sentence, next]) {
        expect(text.fr.length).toBeGreaterThan(10);
        expect(text.en.length).toBeGreaterThan(10);
        expect(text.fr).not.toBe(text.en);
      }
    }
    expect(IMPORT_FAILURE_TEXT.unrecognised.sentence.fr).toBe('Ce fichier n’est ni un fichier Vitrine ni un CV que Vitrine sait lire.');
  });
});
