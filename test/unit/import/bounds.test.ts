import { describe, expect, it } from 'vitest';
import { checkDeclaredSizes, DEFAULT_INPUT_LIMITS } from '../../../shared/domain/import/bounds';
import { detectFormat } from '../../../shared/domain/import/detect';
import { selectNeeded } from '../../../shared/domain/import/files';
import { isOnlyErrors } from '../../../shared/domain/import/plan-outcome';

const MB = 1024 * 1024;
const named = (...names: string[]) => names.map((name) => ({ name }));

describe('selectNeeded: a folder reads only the files its format needs', () => {
  it('keeps only the members of a LinkedIn export', () => {
    const picked = selectNeeded(named('Export/Profile.csv', 'Export/Positions.csv', 'Export/messages.csv', 'Export/Connections.csv', 'Export/media/talk.mp4', 'Export/Profile Summary.csv'));
    expect(picked.map((f) => f.name)).toEqual(['Export/Profile.csv', 'Export/Positions.csv', 'Export/Profile Summary.csv']);
  });

  it('keeps only the members of an X archive', () => {
    const picked = selectNeeded(named('data/account.js', 'data/tweets.js', 'data/tweets-part1.js', 'data/like.js', 'data/direct-messages.js', 'data/tweets_media/a.mp4'));
    expect(picked.map((f) => f.name)).toEqual(['data/account.js', 'data/tweets.js', 'data/tweets-part1.js']);
  });

  it('otherwise keeps importable names and zips, never media', () => {
    expect(selectNeeded(named('cv/resume.json', 'cv/photo.jpg', 'cv/video.mp4', 'dl/export.zip')).map((f) => f.name)).toEqual(['cv/resume.json', 'dl/export.zip']);
  });
});

describe('checkDeclaredSizes: sizes checked before reading', () => {
  it('accepts files within the limits', () => {
    expect(checkDeclaredSizes([{ name: 'Profile.csv', size: 10 * MB }, { name: 'a.zip', size: 150 * MB }])).toBeNull();
  });

  it('refuses one file over the per-file limit, naming it, in both languages', () => {
    const r = checkDeclaredSizes([{ name: 'tweets.js', size: 51 * MB }]);
    expect(r?.en).toBe('Import refused: "tweets.js" is 51 MB (at most 50 MB). Nothing was read.');
    expect(r?.fr).toBe("Import refusé : « tweets.js » fait 51 MB (au plus 50 MB). Rien n’a été lu.");
  });

  it('lets a zip be as large as the whole import, but no larger', () => {
    expect(checkDeclaredSizes([{ name: 'export.zip', size: DEFAULT_INPUT_LIMITS.maxTotalBytes }])).toBeNull();
    expect(checkDeclaredSizes([{ name: 'export.zip', size: DEFAULT_INPUT_LIMITS.maxTotalBytes + 1 }])?.en).toMatch(/export\.zip/);
  });

  it('refuses files that add up over the total limit', () => {
    const files = Array.from({ length: 5 }, (_, i) => ({ name: `tweets-part${i}.js`, size: 45 * MB }));
    expect(checkDeclaredSizes(files)?.en).toMatch(/add up to more than 200 MB/);
  });
});

describe('JSON behind any BOM', () => {
  const resume = JSON.stringify({ basics: { name: 'Jeanne Dupont' } });
  it.each([
    ['UTF-8', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(resume, 'utf8')])],
    ['UTF-16LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(resume, 'utf16le')])],
    ['UTF-16BE', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(resume, 'utf16le').swap16()])],
  ])('recognises a JSON Resume with a %s BOM', (_name, bytes) => {
    expect(detectFormat([{ name: 'resume.json', bytes: new Uint8Array(bytes) }])).toBe('json-resume');
  });
});

describe('isOnlyErrors', () => {
  const error = { level: 'error' as const, file: null, where: null, message: 'x' };
  it('is true when nothing was read and there are errors, even if an empty profile would be added', () => {
    expect(isOnlyErrors({ read: { posts: 0 }, issues: [error] })).toBe(true);
  });
  it('is false when something was read, or when nothing went wrong', () => {
    expect(isOnlyErrors({ read: { posts: 3 }, issues: [error] })).toBe(false);
    expect(isOnlyErrors({ read: { posts: 0 }, issues: [{ ...error, level: 'skipped' }] })).toBe(false);
  });
});
