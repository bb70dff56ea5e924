import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { classify, detectFormat, planImport } from '../../../shared/domain/import/detect';
import { serializeWorkspaceFile } from '../../../shared/domain/workspace/file';
import { Profile, Workspace } from '../../../shared/schema/workspace';
import { asZipInput, deps, emptyWorkspace, folder, NOW } from '../../fixtures/import/helpers';
import { POSITIONS, PROFILE_2018, SHARES_2024 } from '../../fixtures/import/linkedin';
import { ACCOUNT_JS, profileJs, TWEET_HEADERS, TWEETS_PART0 } from '../../fixtures/import/x-archive';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const RESUME = JSON.stringify({ basics: { name: 'Jeanne Dupont', label: 'Pharmacienne', profiles: [{ network: 'GiHub', username: 'jdupont-dev' }] } });

function targetWithProfile(): Workspace {
  const ws = emptyWorkspace();
  ws.profiles.push(Profile.parse({ id: 'p1', network: 'linkedin', handle: 'jeanne-dupont', url: 'https://www.linkedin.com/in/jeanne-dupont' }));
  ws.person.headline = 'Déjà là';
  return ws;
}

/** planImport on a copy-checked target: the target must be deep-equal before and after, whatever happens. */
function run(files: ReturnType<typeof folder>, extra: Parameters<typeof planImport>[2] extends infer D ? Partial<D> : never = {}) {
  const target = targetWithProfile();
  const before = structuredClone(target);
  const r = planImport(target, files, { ...deps(), ...extra });
  expect(target).toEqual(before);
  return r;
}

describe('detectFormat', () => {
  it.each([
    ['linkedin-export', folder({ 'Export/Profile.csv': PROFILE_2018 })],
    ['linkedin-export', folder({ 'Positions.csv': POSITIONS })],
    ['linkedin-shares', folder({ 'Shares.csv': SHARES_2024 })],
    ['linkedin-shares', folder({ 'mes-posts.csv': SHARES_2024 })],
    ['x-archive', folder({ 'data/account.js': ACCOUNT_JS, 'data/tweets.js': TWEETS_PART0 })],
    ['x-archive', folder({ 'data/profile.js': profileJs('https://a.example') })],
    ['x-tweets', folder({ 'tweet-headers.js': TWEET_HEADERS })],
    ['json-resume', folder({ 'cv.json': RESUME })],
    ['vitrine-workspace', folder({ 'a.vitrine.json': serializeWorkspaceFile(emptyWorkspace(), NOW) })],
    ['vitrine-workspace', folder({ 'broken.vitrine.json': '{"format": "vitrine-workspace", "version": 1,,}' })],
  ])('%s', (format, files) => expect(detectFormat(files)).toBe(format));

  it('opens a zip first', () => {
    expect(detectFormat(asZipInput(folder({ 'Basic_LinkedInDataExport/Profile.csv': PROFILE_2018 }), zipSync))).toBe('linkedin-export');
    expect(detectFormat(asZipInput(folder({ 'data/account.js': ACCOUNT_JS }), zipSync))).toBe('x-archive');
  });

  it('answers unknown, in both languages, for a PNG, plain JSON or unrelated CSV', () => {
    for (const files of [folder({ 'photo.png': PNG }), folder({ 'a.json': '{"hello": 1}' }), folder({ 'a.csv': 'x,y\n1,2\n' }), []]) {
      const r = detectFormat(files);
      expect(r).toEqual({ unknown: { fr: expect.stringContaining('pas un format que Vitrine sait importer'), en: expect.stringContaining('not a format Vitrine can import') } });
    }
    expect(classify(folder({ 'profile.js': 'var x = 1' }))).toEqual({ unknown: expect.anything() });
  });
});

describe('planImport', () => {
  it('imports a LinkedIn export from a zip exactly as from its folder', () => {
    const files = folder({ 'Basic_LinkedInDataExport_01-01-2025/Profile.csv': PROFILE_2018, 'Basic_LinkedInDataExport_01-01-2025/Positions.csv': POSITIONS });
    const fromFolder = run(files);
    const fromZip = run(asZipInput(files, zipSync));
    expect(fromFolder.ok && fromZip.ok).toBe(true);
    if (!fromFolder.ok || !fromZip.ok) return;
    expect(fromZip.plan).toEqual(fromFolder.plan);
    expect(fromZip.plan.result.profiles[0]).toMatchObject({ id: 'p1', headline: 'Pharmacienne, formatrice' });
    expect(fromZip.plan.result.person.headline).toBe('Déjà là');
  });

  it('imports an X archive zip with media, never inflating the media', () => {
    const zip = zipSync({ 'data/account.js': strToU8(ACCOUNT_JS), 'data/tweets.js': strToU8(TWEETS_PART0), 'data/tweets_media/1.jpg': new Uint8Array(5000) });
    const r = run([{ name: 'twitter-2022.zip', bytes: zip }]);
    expect(r.ok && r.plan.format).toBe('x-archive');
    expect(r.ok && r.plan.result.posts).toHaveLength(2);
  });

  it('merges or replaces with a workspace file, following the mode', () => {
    const incoming = emptyWorkspace();
    incoming.person.headline = 'Autre titre';
    incoming.profiles.push(Profile.parse({ id: 'gh', network: 'github', handle: 'jdupont-dev', url: 'https://github.com/jdupont-dev' }));
    const file = folder({ 'a.vitrine.json': serializeWorkspaceFile(incoming, NOW) });
    const merged = run(file);
    expect(merged.ok && merged.plan.result.profiles.map((p) => p.network)).toEqual(['linkedin', 'github']);
    expect(merged.ok && merged.plan.result.person.headline).toBe('Déjà là');
    const replaced = run(file, { mode: 'replace' });
    expect(replaced.ok && replaced.plan.result.profiles.map((p) => p.network)).toEqual(['github']);
    expect(replaced.ok && replaced.plan.result.id).toBe('ws1');
  });

  it('refuses an invalid workspace file with the field that is wrong', () => {
    const r = run(folder({ 'a.vitrine.json': '{"format": "vitrine-workspace", "version": "x"}' }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message.en).toMatch(/invalid/);
      expect(r.issues).toEqual([expect.objectContaining({ level: 'error', where: 'version' })]);
    }
  });

  it('imports a JSON Resume and reports guessed networks with the profile to drop if refused', () => {
    const r = run(folder({ 'cv.json': RESUME }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.format).toBe('json-resume');
    const github = r.plan.result.profiles.find((p) => p.network === 'github');
    expect(github).toBeDefined();
    expect(r.uncertain).toEqual([{ index: 0, name: 'GiHub', guess: 'github', profileId: github!.id }]);
  });

  it('reports progress once per file handed in, then once at the end', () => {
    const calls: [number, number][] = [];
    run(folder({ 'Profile.csv': PROFILE_2018, 'Positions.csv': POSITIONS, 'photo.jpg': PNG }), { onProgress: (d, t) => calls.push([d, t]) });
    expect(calls).toEqual([[1, 4], [2, 4], [3, 4], [4, 4]]);
  });

  describe('refuses hostile or wrong input with a clear message and changes nothing', () => {
    const profileZip = () => zipSync({ 'Profile.csv': strToU8(PROFILE_2018) });
    it.each([
      ['a PNG', folder({ 'photo.png': PNG }), /not a format Vitrine can import/],
      ['a zip bomb', [{ name: 'x.zip', bytes: zipSync({ 'Profile.csv': new Uint8Array(8 * 1024 * 1024) }) }], /zip bomb/],
      ['a ../ entry', [{ name: 'x.zip', bytes: zipSync({ 'Profile.csv': strToU8(PROFILE_2018), '../evil.csv': strToU8('x') }) }], /unsafe path/],
      ['an absolute entry', [{ name: 'x.zip', bytes: zipSync({ '/tmp/evil.csv': strToU8('x') }) }], /unsafe path/],
      ['a truncated zip', [{ name: 'x.zip', bytes: profileZip().subarray(0, 60) }], /damaged or truncated/],
      ['a huge file', folder({ 'Shares.csv': new Uint8Array(51 * 1024 * 1024) }), /at most 50 MB/],
    ])('%s', (_label, files, message) => {
      const r = run(files);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.message.en).toMatch(message);
        expect(r.message.fr.length).toBeGreaterThan(10);
      }
    });

    it('a total over the limit', () => {
      const r = run(folder({ 'Profile.csv': PROFILE_2018, 'Positions.csv': POSITIONS }), { limits: { maxFileBytes: 1000, maxTotalBytes: 600 } });
      expect(!r.ok && r.message.en).toMatch(/add up to more than/);
    });
  });

  it('never throws and never touches the target, whatever the bytes (zip, CSV, JS, JSON)', () => {
    const names = ['x.zip', 'Profile.csv', 'Shares.csv', 'data/tweets.js', 'account.js', 'a.json', 'a.vitrine.json'];
    const prefixes = ['', 'PK\u0003\u0004', 'window.YTD.tweets.part0 = ', 'First Name,Last Name,Websites\n', '{"basics":', '{"format":"vitrine-workspace","version":1,'];
    fc.assert(fc.property(
      fc.constantFrom(...names), fc.constantFrom(...prefixes), fc.oneof(fc.string(), fc.uint8Array({ maxLength: 300 }).map((b) => new TextDecoder('latin1').decode(b))),
      (name, prefix, body) => {
        const r = run([{ name, bytes: strToU8(prefix + body) }]);
        if (r.ok) Workspace.parse(r.plan.result);
        else expect(r.message.en.length).toBeGreaterThan(0);
      },
    ), { numRuns: 300 });
    fc.assert(fc.property(fc.uint8Array({ maxLength: 500 }), fc.constantFrom(...names), (bytes, name) => {
      run([{ name, bytes }]);
    }), { numRuns: 200 });
  });
});
