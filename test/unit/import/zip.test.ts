import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deflateSync, zipSync, strToU8 } from 'fflate';
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
    expect(r).toEqual({ ok: false, kind: 'archive-refused', message: expect.objectContaining({ en: expect.stringContaining('not a valid zip') }) });
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
    setU32(zip, cd! + 24, 1024 * 1024 * 1024); // claims 1 GB, in both headers
    setU32(zip, 22, 1024 * 1024 * 1024);
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
    setU32(zip, cd! + 24, 100); // both headers say 100 bytes, the data inflates to 100 000
    setU32(zip, 22, 100);
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

  it('refuses entries that share their bytes (the overlapping zip bomb), before inflating anything', () => {
    // One deflated kernel of 1 MB of "a", and 199 directory entries all pointing at it: about 12 KB that would inflate to 199 MB.
    const zip = overlappingBomb(199, 1024 * 1024);
    expect(zip.length).toBeLessThan(16 * 1024);
    const r = readZip(zip);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message.en).toMatch(/shares its bytes with another entry/);
      expect(r.message.fr).toMatch(/partage ses octets/);
    }
  });

  it('refuses an entry whose local header disagrees with the central directory on its sizes', () => {
    const zip = zipSync({ 'Profile.csv': strToU8('First Name\nJeanne\n'.repeat(50)) });
    const [cd] = centralHeaders(zip);
    setU32(zip, cd! + 24, 10); // only the directory lies
    const r = readZip(zip);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.en).toMatch(/declares different sizes or methods in its two headers/);
  });

  it('refuses many small entries that together inflate abnormally (each under the per-entry ratio floor)', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 10; i++) files[`part${i}.csv`] = new Uint8Array(300 * 1024);
    const r = readZip(zipSync(files));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.en).toMatch(/its files are abnormally compressed/);
  });

  it('inflates only the members of a LinkedIn export, never its other files', () => {
    const zip = zipSync({
      'Export/Profile.csv': strToU8('First Name,Last Name\nJeanne,Dupont\n'),
      'Export/messages.csv': strToU8('x'.repeat(1000)),
      'Export/Connections.csv': strToU8('y'),
      'Export/video.mp4': new Uint8Array(100),
    });
    const r = readZip(zip);
    expect(r.ok && r.files.map((f) => f.name)).toEqual(['Export/Profile.csv']);
    expect(r.ok && [...r.skipped].sort()).toEqual(['Export/Connections.csv', 'Export/messages.csv', 'Export/video.mp4']);
  });
});

/** A zip whose directory lists `count` entries that all point at the same local header and data. */
function overlappingBomb(count: number, size: number): Uint8Array {
  const data = deflateSync(new Uint8Array(size).fill(0x61), { level: 9 });
  const name = strToU8('Profile.csv');
  const local = new Uint8Array(30 + name.length + data.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(4, 20, true);
  lv.setUint16(8, 8, true);
  lv.setUint32(18, data.length, true);
  lv.setUint32(22, size, true);
  lv.setUint16(26, name.length, true);
  local.set(name, 30);
  local.set(data, 30 + name.length);
  const centrals: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const n = strToU8(`f${i}.csv`);
    const c = new Uint8Array(46 + n.length);
    const cv = new DataView(c.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(10, 8, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, n.length, true);
    cv.setUint32(42, 0, true);
    c.set(n, 46);
    centrals.push(c);
  }
  const cdSize = centrals.reduce((t, c) => t + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, count, true);
  ev.setUint16(10, count, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, local.length, true);
  const out = new Uint8Array(local.length + cdSize + end.length);
  out.set(local, 0);
  let p = local.length;
  for (const c of centrals) {
    out.set(c, p);
    p += c.length;
  }
  out.set(end, p);
  return out;
}
