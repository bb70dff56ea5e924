import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { parseWorkspaceFile } from '../../shared/domain/workspace/file';
import { ARCHIVE_NAME, archiveFiles, archiveZip } from '../fixtures/import/mastodon';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'vitrine-cli-mastodon-'));
});

function readWorkspace(file: string) {
  const parsed = parseWorkspaceFile(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error('workspace not written');
  return parsed.workspace;
}

describe('vitrine import <Mastodon archive>', () => {
  it('imports the zip Mastodon gives: profile, fields as seen links, the photo, and the public posts only', async () => {
    const input = path.join(dir, ARCHIVE_NAME);
    writeFileSync(input, archiveZip());
    const target = path.join(dir, 'zoe.vitrine.json');
    const r = await cli(['import', input, '--into', target], dir);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('format: mastodon');
    expect(r.out).toContain('2 followers-only or direct posts, not imported');
    const ws = readWorkspace(target);
    const mastodon = ws.profiles.find((p) => p.network === 'mastodon');
    expect(mastodon).toMatchObject({ url: 'https://pouet.example/@zoe', handle: 'zoe@pouet.example', displayName: 'Zoé Martin' });
    const source = { kind: 'mastodon', at: '2026-06-01', label: 'actor.json' };
    expect(mastodon?.facts).toMatchObject({ photo: { state: 'known', source }, summary: { state: 'known', source }, links: { state: 'known', source } });
    expect(mastodon?.seenLinks.map((l) => l.url)).toEqual(['https://zoe-martin.example', 'https://www.linkedin.com/in/zoe-martin-illustration']);
    expect(ws.posts.map((p) => p.source?.externalId.split('/').at(-1)).sort()).toEqual(['101', '102', '104']);

    // The same archive again adds nothing.
    const again = await cli(['import', input, '--into', target], dir);
    expect(again.code).toBe(0);
    expect(readWorkspace(target).posts).toHaveLength(3);
  });

  it('imports the unpacked folder the same way', async () => {
    const folder = path.join(dir, 'unpacked');
    for (const [name, bytes] of Object.entries(archiveFiles())) {
      mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
      writeFileSync(path.join(folder, name), bytes);
    }
    const target = path.join(dir, 'folder.vitrine.json');
    const r = await cli(['import', folder, '--into', target], dir);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(readWorkspace(target).posts).toHaveLength(3);
  });

  it('refuses an older .tar.gz archive with a way out (exit 1) and writes nothing', async () => {
    const input = path.join(dir, 'archive-20200101000000-00.tar.gz');
    writeFileSync(input, gzipSync(new Uint8Array(1024)));
    const target = path.join(dir, 'nothing.vitrine.json');
    const r = await cli(['import', input, '--into', target, '--lang', 'fr'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('décompressez-la, puis importez le dossier obtenu');
    expect(existsSync(target)).toBe(false);
  });
});
