import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importJsonResume } from '../../shared/domain/jsonresume/import';
import { defaultRegistry } from '../../shared/domain/networks/registry';
import { newWorkspace } from '../../shared/domain/workspace/factory';
import type { Workspace } from '../../shared/schema/workspace';
import { announceRealdataSkip, hasRealdata, realdataPath } from '../support/realdata';

announceRealdataSkip('jsonresume conformance');

const NOW = new Date('2025-06-01T00:00:00.000Z');
const empty = (): Workspace => newWorkspace('Conformance', { id: 'ws', now: new Date('2025-01-01T00:00:00.000Z') });

function run(text: string, target: Workspace = empty(), prefix = 'p') {
  let n = 0;
  return importJsonResume(target, text, { idGen: () => `${prefix}${(n += 1)}`, now: NOW, registry: defaultRegistry() });
}

function read(file: string): string {
  return readFileSync(realdataPath('jsonresume', file), 'utf8');
}

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Files the README lists as JSON Schemas or collections of test cases rather than résumés. */
const files = hasRealdata ? readdirSync(realdataPath('jsonresume')).filter((f) => f.endsWith('.json')) : [];
const schemaFiles = files.filter((f) => f.includes('schema.') && !f.includes('examples'));
const resumes = files.filter((f) => {
  const raw = JSON.parse(read(f)) as unknown;
  return isObject(raw) && isObject(raw.basics) && !f.includes('invalid');
});

describe.skipIf(!hasRealdata)('JSON Resume conformance (../shared/realdata/jsonresume)', () => {
  it('finds the files it is meant to cover', () => {
    expect(resumes.length).toBeGreaterThanOrEqual(9);
    expect(schemaFiles.length).toBeGreaterThanOrEqual(2);
  });

  it.each(resumes)('%s: imports the person and accounts for every profile', (file) => {
    const raw = JSON.parse(read(file)) as { basics: Raw };
    const rawProfiles = Array.isArray(raw.basics.profiles) ? (raw.basics.profiles as Raw[]) : [];
    const result = run(read(file));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { plan } = result;
    if (typeof raw.basics.name === 'string') expect(plan.result.person.displayName).toBe(raw.basics.name.trim());
    // Each raw profile is either imported or reported as skipped at its own index.
    const skipped = plan.issues.filter((i) => i.level === 'skipped' && /^basics\.profiles\[\d+\]$/.test(i.where ?? ''));
    expect(plan.result.profiles.length + skipped.length).toBe(rawProfiles.length);
    expect(plan.read.profiles).toBe(rawProfiles.length);
    rawProfiles.forEach((p, i) => {
      const username = typeof p.username === 'string' ? p.username.toLowerCase() : '';
      const wasSkipped = skipped.some((s) => s.where === `basics.profiles[${i}]`);
      // A fediverse handle carries its server: "lena" is found as "lena@hachyderm.io".
      const found = plan.result.profiles.some((q) => q.handle.toLowerCase() === username || q.handle.toLowerCase().startsWith(`${username}@`));
      if (username && !wasSkipped) expect(found, `basics.profiles[${i}] (${username})`).toBe(true);
    });
    // No e-mail problem for a valid or empty address.
    expect(plan.issues.filter((i) => i.where === 'basics.email')).toEqual([]);
  });

  it('the official invalid examples give clear errors', () => {
    expect(run(read('resume-schema_2020__examples_invalid_basics-wrong-type.json'))).toEqual({
      ok: false, errors: [{ path: 'basics', message: 'expected an object, got a list' }],
    });
    const email = run(read('resume-schema_2020__examples_invalid_invalid-email.json'));
    expect(email.ok && email.plan.issues).toEqual([expect.objectContaining({ level: 'warning', where: 'basics.email', message: expect.stringMatching(/not a valid e-mail address/) })]);
  });

  it.each(schemaFiles)('%s is reported as a JSON Schema, not a résumé', (file) => {
    expect(run(read(file))).toEqual({ ok: false, errors: [{ path: '', message: expect.stringMatching(/JSON Schema .* not a résumé/) }] });
  });

  it('the field test cases: valid ones import without warnings, invalid ones are refused or warned about at the field', () => {
    const cases = JSON.parse(read('resume-schema__test___test___basics.json')) as Record<string, unknown>;
    expect(run(read('resume-schema__test___test___basics.json'))).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/not a JSON Resume/) }] });
    for (const [name, resume] of Object.entries(cases)) {
      const result = run(JSON.stringify(resume));
      if (name.endsWith('Valid')) {
        // Schema-valid but possibly empty: a profile with only a network name is skipped, not wrong.
        expect(result.ok && result.plan.issues.filter((i) => i.level !== 'skipped'), name).toEqual([]);
      } else if (result.ok) {
        expect(result.plan.issues.length, name).toBeGreaterThan(0);
        expect(result.plan.issues.every((i) => i.where?.startsWith('basics')), name).toBe(true);
      } else {
        expect(result.errors[0]?.path, name).toBe('basics');
      }
    }
    expect(run(read('resume-schema__test___test___dates.json'))).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/not a JSON Resume/) }] });
  });

  it('thomasdavis: legacy `website`, lower-case network names', () => {
    const result = run(read('thomasdavis__resume.json'));
    if (!result.ok) throw new Error('import failed');
    expect(result.plan.result.person.websites).toEqual(['https://lordajax.com']);
    expect(result.plan.result.profiles.map((p) => [p.network, p.handle])).toEqual([['x', 'ajaxdavis'], ['github', 'thomasdavis']]);
  });

  it('jbuget: Malt without ?overview, GiHub read as GitHub, Bluesky mismatch kept, CodinGame skipped', () => {
    const result = run(read('jbuget__resume.developer.fr.json'));
    if (!result.ok) throw new Error('import failed');
    const byNetwork = Object.fromEntries(result.plan.result.profiles.map((p) => [p.network, p]));
    expect(Object.keys(byNetwork)).toEqual(['linkedin', 'malt', 'github', 'bluesky']);
    expect(byNetwork.malt?.url).toBe('https://www.malt.fr/profile/jeremybuget');
    expect(byNetwork.linkedin?.url).toBe('https://www.linkedin.com/in/jbuget');
    expect(byNetwork.bluesky).toMatchObject({ handle: 'jbuget', url: 'https://bsky.app/profile/jbuget.fr' });
    expect(result.plan.issues).toContainEqual(expect.objectContaining({ level: 'skipped', where: 'basics.profiles[3]' }));
    expect(result.plan.result.person.summary).toMatch(/Ingénieur logiciel/);
  });

  it('jbuget: the French and English résumés merge without duplicates', () => {
    const fr = run(read('jbuget__resume.developer.fr.json'), empty(), 'fr');
    if (!fr.ok) throw new Error('import failed');
    const en = run(read('jbuget__resume.manager.en.json'), fr.plan.result, 'en');
    if (!en.ok) throw new Error('import failed');
    const ws = en.plan.result;
    const keys = ws.profiles.map((p) => `${p.network}|${p.handle.toLowerCase()}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(ws.profiles.map((p) => p.id)).toEqual(fr.plan.result.profiles.map((p) => p.id));
    expect(en.plan.changes.filter((c) => c.entity === 'profile')).toEqual([]);
    expect(ws.person.displayName).toBe('Jérémy Buget');
    expect(ws.person.headline).toBe(fr.plan.result.person.headline);
    expect(en.plan.issues).toContainEqual(expect.objectContaining({ level: 'skipped', where: 'person.headline' }));
    // Same jobs, translated titles: no position is added twice.
    const companies = ws.person.positions.map((p) => `${p.company}|${p.start}`);
    expect(new Set(companies).size).toBe(companies.length);
    expect(ws.person.positions.length).toBe(fr.plan.result.person.positions.length);
    expect(ws.person.languages.length).toBe(3);
  });

  it('builds URLs from usernames: Xing, and a Twitter URL without a handle or empty', () => {
    const intl = run(read('django-resume__unicode_international.json'));
    if (!intl.ok) throw new Error('import failed');
    expect(intl.plan.result.profiles.find((p) => p.network === 'xing')?.url).toBe('https://www.xing.com/profile/zoe_a');
    expect(intl.plan.result.person.displayName).toBe('Zoë Ångström-Øyelaran 李小龍');
    for (const file of ['resume-schema__sample.resume.json', 'resume-schema_2020__examples_valid_complete.json']) {
      const result = run(read(file));
      if (!result.ok) throw new Error('import failed');
      expect(result.plan.result.profiles.map((p) => [p.network, p.url])).toEqual([['x', 'https://x.com/neutralthoughts']]);
    }
  });
});
