import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli';

/** Import bounds seen from the command line: nothing hostile is ever read, and a failed import writes nothing. */

const ROOT = path.resolve(__dirname, '../..');
const DEMO = path.join(ROOT, 'examples/demo.vitrine.json');
const RESUME = path.join(ROOT, 'test/fixtures/cli/resume.json');
const PROFILE_CSV = 'First Name,Last Name,Headline,Summary\nJeanne,Dupont,Pharmacienne,Officinale à Lyon\n';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'vitrine-bounds-'));
});

function mkfifo(file: string): boolean {
  try {
    execFileSync('mkfifo', [file]);
    return true;
  } catch {
    return false;
  }
}

describe('vitrine import: bounded before any read', () => {
  it('refuses a FIFO with a clear message instead of blocking for ever', async () => {
    const fifo = path.join(dir, 'export.json');
    if (!mkfifo(fifo)) return void console.warn('skipped: mkfifo unavailable');
    const r = await cli(['import', fifo, '--into', path.join(dir, 'a.vitrine.json')], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/not a regular file \(FIFO\)/);
    expect(existsSync(path.join(dir, 'a.vitrine.json'))).toBe(false);
  });

  it('refuses a device such as /dev/zero instead of reading without end', async () => {
    if (!existsSync('/dev/zero')) return void console.warn('skipped: no /dev/zero');
    const r = await cli(['import', '/dev/zero', '--into', path.join(dir, 'b.vitrine.json')], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/not a regular file \(character device\)/);
    // Every command that reads a file is bounded the same way.
    expect((await cli(['validate', '/dev/zero'], dir)).err).toMatch(/not a regular file/);
  });

  it('refuses a file over the size limit from its size alone (a sparse file: reading it would take 60 MB)', async () => {
    const big = path.join(dir, 'big.json');
    writeFileSync(big, '');
    truncateSync(big, 60 * 1024 * 1024);
    const r = await cli(['import', big, '--into', path.join(dir, 'c.vitrine.json'), '--lang', 'fr'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/« big\.json » fait 60 MB \(au plus 50 MB\)\. Rien n’a été lu/);
  });

  it('refuses a folder whose needed files add up over the total limit', async () => {
    const folder = path.join(dir, 'tweets');
    mkdirSync(folder);
    for (let i = 1; i <= 5; i++) {
      const part = path.join(folder, `tweets-part${i}.js`);
      writeFileSync(part, '');
      truncateSync(part, 45 * 1024 * 1024);
    }
    const r = await cli(['import', folder, '--into', path.join(dir, 'd.vitrine.json')], dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/add up to more than 200 MB/);
  });

  it('reads only the files a LinkedIn export folder needs: a 1.9 GB video, a FIFO and a huge messages file stay unopened', async () => {
    const folder = path.join(dir, 'Basic_LinkedInDataExport');
    mkdirSync(path.join(folder, 'media'), { recursive: true });
    writeFileSync(path.join(folder, 'Profile.csv'), PROFILE_CSV);
    const video = path.join(folder, 'media', 'talk.mp4');
    writeFileSync(video, '');
    truncateSync(video, Math.round(1.9 * 1024 * 1024 * 1024));
    const messages = path.join(folder, 'messages.csv');
    writeFileSync(messages, '');
    truncateSync(messages, 300 * 1024 * 1024);
    const fifo = mkfifo(path.join(folder, 'Connections.csv'));
    const target = path.join(dir, 'e.vitrine.json');
    const r = await cli(['import', folder, '--into', target], dir);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('format: linkedin-export');
    expect(JSON.parse(readFileSync(target, 'utf8')).workspace.person.displayName).toBe('Jeanne Dupont');
    if (!fifo) console.warn('mkfifo unavailable: the FIFO part of this case was not run');
  });

  it('refuses a needed file of a folder that is a FIFO', async () => {
    const folder = path.join(dir, 'x-archive');
    mkdirSync(folder);
    if (!mkfifo(path.join(folder, 'tweets.js'))) return void console.warn('skipped: mkfifo unavailable');
    const r = await cli(['import', folder, '--into', path.join(dir, 'f.vitrine.json')], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/"tweets\.js" is not a regular file \(FIFO\)/);
  });

  it('an import with only errors exits 1 and leaves the target byte for byte as it was', async () => {
    const target = path.join(dir, 'g.vitrine.json');
    copyFileSync(DEMO, target);
    const before = readFileSync(target);
    const broken = path.join(dir, 'tweets.js');
    writeFileSync(broken, 'window.YTD.tweets.part0 = [ {broken');
    const r = await cli(['import', broken, '--into', target], dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/only errors/);
    expect(readFileSync(target).equals(before)).toBe(true);
    // A missing target is not created either.
    const fresh = path.join(dir, 'h.vitrine.json');
    expect((await cli(['import', broken, '--into', fresh], dir)).code).toBe(1);
    expect(existsSync(fresh)).toBe(false);
  });

  it('an import that changes nothing does not rewrite the target', async () => {
    const target = path.join(dir, 'i.vitrine.json');
    expect((await cli(['import', RESUME, '--into', target], dir)).code).toBe(0);
    const before = readFileSync(target);
    const r = await cli(['import', RESUME, '--into', target], dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/nothing to change/);
    expect(readFileSync(target).equals(before)).toBe(true);
  });

  it.each([
    ['UTF-8', (t: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')])],
    ['UTF-16LE', (t: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')])],
    ['UTF-16BE', (t: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, 'utf16le').swap16()])],
  ])('reads a workspace file behind a %s BOM (validate and import)', async (name, encode) => {
    const file = path.join(dir, `bom-${name}.vitrine.json`);
    writeFileSync(file, encode(readFileSync(DEMO, 'utf8')));
    expect((await cli(['validate', file], dir)).code).toBe(0);
    const r = await cli(['import', file, '--into', path.join(dir, `bom-${name}-target.vitrine.json`), '--dry-run'], dir);
    expect(r.err).toBe('');
    expect(r.out).toContain('format: vitrine-workspace');
  });
});
