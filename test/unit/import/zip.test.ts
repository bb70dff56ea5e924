import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { zipSync, strToU8 } from 'fflate';
import { readZip, looksLikeZip } from '../../../shared/domain/import/zip';

const text = (b: Uint8Array) => new TextDecoder().decode(b);

/** Offsets of every central-directory header, to forge lying sizes. */
function centralHeaders(zip: Uint8Array): number[] {
  const out: number[] = [];
  for (let p = 0; p + 4 <= zip.length; p++) {
    if (zip[p] === 0x50 && zip[p + 1] === 0x4b && zip[p + 2] === 1 && zip[p + 3] === 2) out.push(p);
  }
  return out;
}

function setU32(b: Uint8Array, p: number, v: number) {
  new DataView(b.buffer, b.byteOffset).setUint32(p, v, true);
}

describe('readZip', () => {
  it('reads nested files and only inflates the useful extensions', () => {
    const zip = zipSync({
      'Basic_LinkedInDataExport_01-01-2025/Profile.csv': strToU8('First Name,Last Name\nJeanne,Dupont\n'),
      'data/tweets.js': strToU8('window.YTD.tweets.part0 = []'),
      'data/tweets_media/photo.jpg': new Uint8Array([0xff, 0xd8, 0xff]),
      'empty-dir/': new Uint8Array(0),
    });
    const r = readZip(zip);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.files.map((f) => f.name).sort()).toEqual(['Basic_LinkedInDataExport_01-01-2025/Profile.csv', 'data/tweets.js']);
    expect(text(r.files.find((f) => f.name.endsWith('Profile.csv'))!.bytes)).toContain('Jeanne,Dupont');
    expect(r.skipped).toEqual(['data/tweets_media/photo.jpg']);
  });

  it('reads stored (uncompressed) entries', () => {
    const zip = zipSync({ 'a.txt': [strToU8('hello'), { level: 0 }] });
    const r = readZip(zip);
    expect(r.ok && text(r.files[0]!.bytes)).toBe('hello');
  });

  it('refuses bytes that are not a zip', () => {
    const r = readZip(strToU8('just some text, definitely not a zip file'));
    expect(r).toEqual({ ok: false, message: expect.objectContaining({ en: expect.stringContaining('not a valid zip') }) });
    expect(looksLikeZip(strToU8('PK'))).toBe(false);
  });

  it('refuses a truncated zip with a clear message', () => {
    const zip = zipSync({ 'Profile.csv': strToU8('First Name\nJeanne\n'.repeat(100)) });
    for (const cut of [10, zip.length / 2, zip.length - 5]) {
      const r = readZip(zip.subarray(0, Math.floor(cut)));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message.en).toMatch(/damaged or truncated/);
    }
  });

  it.each(['../evil.csv', 'a/../../evil.csv', '/etc/evil.csv', 'C:/evil.csv', 'a\\..\\evil.csv'])(
    'refuses the whole archive for the unsafe entry %s',
    (name) => {
      const zip = zipSync({ 'Profile.csv': strToU8('First Name\nJeanne\n'), [name]: strToU8('x') });
      const r = readZip(zip);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.message.en).toContain('unsafe path');
        expect(r.message.fr).toContain('chemin dangereux');
      }
    },
  );

  it('refuses an over-ratio entry before inflating it (zip bomb)', () => {
    const zip = zipSync({ 'bomb.csv': new Uint8Array(4 * 1024 * 1024) });
    const r = readZip(zip);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.en).toMatch(/zip bomb/);
  });

  it('refuses a huge declared size from the central directory, before inflating', () => {
    const zip = zipSync({ 'Profile.csv': strToU8('First Name\nJeanne\n') });
    const [cd] = centralHeaders(zip);
    setU32(zip, cd! + 24, 1024 * 1024 * 1024); // claims 1 GB
    const r = readZip(zip);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.en).toMatch(/1024 MB uncompressed \(at most 50 MB per file\)/);
  });

  it('refuses a total over the cap even when each file is under the per-file cap', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 5; i++) files[`f${i}.csv`] = strToU8(`row ${i}\n`.repeat(2000));
    const r = readZip(zipSync(files), { maxTotalBytes: 40_000 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.en).toMatch(/useful files would be/);
  });

  it('stops inflating as soon as an entry exceeds its declared size (lying header)', () => {
    const zip = zipSync({ 'Profile.csv': strToU8('x'.repeat(100_000)) });
    const [cd] = centralHeaders(zip);
    setU32(zip, cd! + 24, 100); // says 100 bytes, inflates to 100 000
    const r = readZip(zip);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.en).toMatch(/inflates beyond its declared size/);
  });

  it('refuses too many entries', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 30; i++) files[`f${i}.csv`] = strToU8('a');
    const r = readZip(zipSync(files), { maxEntries: 20 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.en).toMatch(/30 entries/);
  });

  it('never throws on random bytes, or on a zip with random corruption', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
      const r = readZip(bytes);
      expect(typeof r.ok).toBe('boolean');
    }));
    const zip = zipSync({ 'Profile.csv': strToU8('First Name,Last Name\nJeanne,Dupont\n'.repeat(20)), 'b.js': strToU8('[]') });
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(zip.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), (edits) => {
      const copy = zip.slice();
      for (const [at, v] of edits) copy[at] = v;
      const r = readZip(copy);
      if (!r.ok) expect(r.message.en.length).toBeGreaterThan(10);
    }));
  });
});
