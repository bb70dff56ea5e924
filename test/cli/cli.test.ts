import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { newProfile, newWorkspace } from '../../shared/domain/workspace/factory';
import { serializeWorkspaceFile } from '../../shared/domain/workspace/file';

const ROOT = path.resolve(__dirname, '../..');
const RESUME = path.join(ROOT, 'test/fixtures/cli/resume.json');
const DEMO = path.join(ROOT, 'examples/demo.vitrine.json');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'vitrine-cli-'));
});

describe('vitrine CLI', () => {
  it('identify prints one JSON object per input', async () => {
    const r = await cli(['identify', 'fr.linkedin.com/in/jeanne-dupont/?trk=x', '@jeanne@mastodon.social', 'javascript:alert(1)'], dir);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ input: 'fr.linkedin.com/in/jeanne-dupont/?trk=x', network: 'linkedin', handle: 'jeanne-dupont' });
    expect(lines[0].canonicalUrl).toMatch(/^https:\/\/www\.linkedin\.com\/in\/jeanne-dupont/);
    expect(lines[1]).toMatchObject({ network: 'mastodon', handle: expect.stringContaining('jeanne') });
    expect(lines[2].error).toBeTypeOf('string');
  });

  it('schema prints the JSON Schema of the workspace file', async () => {
    const r = await cli(['schema'], dir);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.out);
    expect(schema.$schema ?? schema.type).toBeTruthy();
    expect(JSON.stringify(schema)).toContain('profiles');
  });

  it('import creates the target from a JSON Resume, prints the preview, and --dry-run writes nothing', async () => {
    const target = path.join(dir, 'lea.vitrine.json');
    const dry = await cli(['import', RESUME, '--into', target, '--dry-run'], dir);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('format: json-resume');
    expect(dry.out).toContain('dry run');
    // What the résumé itself says, after the changes: one sentence, no function is missing here but the picture is.
    expect(dry.out).toContain('* résumé warning: The résumé has no picture, though recruiters in your country expect one.');
    expect(dry.out).not.toContain('résumé error');
    expect(existsSync(target)).toBe(false);

    const real = await cli(['import', RESUME, '--into', target], dir);
    expect(real.code).toBe(0);
    expect(real.out).toContain('created');
    const ws = JSON.parse(readFileSync(target, 'utf8')).workspace;
    expect(ws.person.displayName).toBe('Léa Martin');
    expect(ws.profiles.map((p: { network: string }) => p.network).sort()).toEqual(['github', 'linkedin', 'x']);
    expect(ws.profiles.find((p: { network: string }) => p.network === 'x').url).toContain('leamartinpharma');

    // Importing the same résumé again adds no duplicate.
    await cli(['import', RESUME, '--into', target], dir);
    expect(JSON.parse(readFileSync(target, 'utf8')).workspace.profiles).toHaveLength(3);
  });

  it('validate accepts a good file and names the bad field of a broken one (exit 1)', async () => {
    const good = await cli(['validate', DEMO], dir);
    expect(good.code).toBe(0);
    const bad = path.join(dir, 'bad.vitrine.json');
    const demo = JSON.parse(readFileSync(DEMO, 'utf8'));
    demo.workspace.profiles[0].status = 'sleeping';
    writeFileSync(bad, JSON.stringify(demo));
    const r = await cli(['validate', bad], dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/profiles\[0\]\.status/);
  });

  it('exits 2 on usage errors and unreadable files, with the message on stderr', async () => {
    expect((await cli(['frobnicate'], dir)).code).toBe(2);
    expect((await cli(['import', RESUME], dir)).code).toBe(2);
    const missing = await cli(['validate', path.join(dir, 'nope.json')], dir);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('cannot read');
    expect(missing.out).toBe('');
  });

  it('export writes JSON Resume or CSV to stdout or --out', async () => {
    const json = await cli(['export', DEMO, '--format', 'jsonresume'], dir);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out).basics.profiles.length).toBeGreaterThan(0);
    const out = path.join(dir, 'inventory.csv');
    const csv = await cli(['export', DEMO, '--format', 'csv', '--out', out], dir);
    expect(csv.code).toBe(0);
    expect(readFileSync(out, 'utf8').split('\n')[0]).toMatch(/network/i);
    expect((await cli(['export', DEMO, '--format', 'pdf'], dir)).code).toBe(2);
  });

  it('audit reports the score, profiles and findings as JSON in the chosen language', async () => {
    const r = await cli(['audit', DEMO, '--json', '--lang', 'fr'], dir);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.score).toBeGreaterThanOrEqual(0);
    expect(report.score).toBeLessThanOrEqual(100);
    expect(report.profiles[0]).toEqual(expect.objectContaining({ id: expect.any(String), network: expect.any(String), url: expect.any(String), score: expect.any(Number), findings: expect.any(Array) }));
    const f = report.findings[0];
    expect(f).toEqual(expect.objectContaining({ code: expect.stringMatching(/^[a-z-]+$/), severity: expect.stringMatching(/error|warning|info/), message: expect.any(String), fix: expect.any(String) }));
    const fromResume = await cli(['audit', RESUME, '--json'], dir);
    expect(fromResume.code).toBe(0);
    expect(JSON.parse(fromResume.out).profiles).toHaveLength(3);
    expect((await cli(['audit', path.join(ROOT, 'package.json')], dir)).code).toBe(1);
  });

  it('audit as text names networks, not ids, and writes severities in the chosen language', async () => {
    const fr = await cli(['audit', DEMO, '--lang', 'fr'], dir);
    expect(fr.code).toBe(0);
    expect(fr.out).toMatch(/^LinkedIn — \S+ <https:\/\/\S+> — \d+\/100$/m);
    expect(fr.out).not.toMatch(/^linkedin /m);
    expect(fr.out).not.toMatch(/\[(warning|error|info)\]/);
    expect(fr.out).toMatch(/^ {2}(À corriger|À revoir|À savoir) : /m);
    const en = await cli(['audit', DEMO, '--lang', 'en'], dir);
    expect(en.out).toMatch(/^ {2}(Fix|Review|Note): /m);
  });

  it('audit of a résumé audits what it says (name, function, summary, picture, site), apart from the score', async () => {
    const file = path.join(dir, 'pasted-cv.json');
    writeFileSync(file, JSON.stringify({
      basics: {
        name: 'Julien Castaing', url: 'javascript:alert(1)', location: { city: 'Toulouse', countryCode: 'FR' },
        summary: 'EXPÉRIENCE\n2019 – 2024 : Chef de projet, Banque Atlantique\n2014 – 2019 : Analyste, Assurances du Midi\n\nCOMPÉTENCES\n• SQL\n• Agile\n• Scrum',
        profiles: [{ network: 'LinkedIn', url: 'https://www.linkedin.com/in/julien-castaing' }],
      },
    }));
    const json = JSON.parse((await cli(['audit', file, '--json', '--lang', 'fr'], dir)).out);
    expect(json.resume.findings.map((f: { code: string }) => f.code).sort()).toEqual(['resume-invalid-site', 'resume-missing-label', 'resume-missing-picture', 'summary-looks-like-cv']);
    expect(json.resume.findings[0]).toMatchObject({ code: 'resume-missing-label', severity: 'error', message: 'Le CV ne dit pas quel est votre métier : il n’a pas de titre.' });
    // Not the profiles' business: LinkedIn's unseen facts are to verify, and nothing is checked, so no score yet.
    expect(json.findings.map((f: { code: string }) => f.code)).not.toContain('summary-looks-like-cv');
    expect(json.findings.map((f: { code: string }) => f.code)).toContain('to-verify');
    expect(json).toMatchObject({ rated: false, coverage: 0 });

    const en = await cli(['audit', file, '--lang', 'en'], dir);
    expect(en.code).toBe(0);
    expect(en.out).toMatch(/^Julien Castaing — no score yet · 0% checked \(on 20 November 2026\)$/m);
    const section = en.out.split('\n\n')[1] ?? '';
    expect(section).toMatch(/^What the résumé says \(not counted in the score\)\n {2}Fix: The résumé does not say what you do/);
    expect(section).toContain("Review: The résumé's summary looks like a pasted CV: 2 dated lines, 2 CV section headers, 3 bullet lines.");
    expect(section).not.toMatch(/\(−\d+\)/);
    const fr = await cli(['audit', file, '--lang', 'fr'], dir);
    expect(fr.out).toContain('Ce que dit le CV (non compté dans le score)\n  À corriger : Le CV ne dit pas quel est votre métier');
    expect(fr.out).toContain('À revoir : Le CV n’a pas de photo, alors que les recruteurs de votre pays s’attendent à en voir une.');

    // A workspace file has no résumé of its own to audit.
    expect(JSON.parse((await cli(['audit', DEMO, '--json'], dir)).out).resume).toBeNull();
    expect((await cli(['audit', DEMO], dir)).out).not.toContain('What the résumé says');
  });

  it('plan lists slots over a range and writes an ICS file', async () => {
    const ics = path.join(dir, 'plan.ics');
    const r = await cli(['plan', DEMO, '--from', '2026-12-01', '--to', '2026-12-31', '--ics', ics, '--json'], dir);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.out);
    expect(plan.slots.length).toBeGreaterThan(0);
    expect(readFileSync(ics, 'utf8')).toContain('BEGIN:VCALENDAR');
    expect(readFileSync(ics, 'utf8')).not.toContain('BEGIN:VALARM');
    expect((await cli(['plan', DEMO, '--from', '2026-12-31', '--to', '2026-12-01'], dir)).code).toBe(2);
    const alarmed = path.join(dir, 'alarm.ics');
    expect((await cli(['plan', DEMO, '--from', '2026-12-01', '--to', '2026-12-31', '--ics', alarmed, '--alarm', '15m'], dir)).code).toBe(0);
    const text = readFileSync(alarmed, 'utf8');
    expect(text.match(/BEGIN:VALARM/g)?.length).toBe(plan.slots.filter((s: { state: string }) => s.state !== 'done' && s.state !== 'skipped').length);
    expect(text).toMatch(/TRIGGER:-PT15M/);
    const bad = await cli(['plan', DEMO, '--from', '2026-12-01', '--to', '2026-12-31', '--ics', alarmed, '--alarm', 'soon'], dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--alarm must be a lead time/);
  });

  it('posts import is idempotent and posts stats gives the regularity figures', async () => {
    const target = path.join(dir, 'posts.vitrine.json');
    const shares = path.join(dir, 'Shares.csv');
    writeFileSync(shares, 'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n2026-01-05 09:00:00,https://www.linkedin.com/feed/update/urn:li:share:1,"Premier post",,,MEMBER_NETWORK\n2026-01-19 09:00:00,https://www.linkedin.com/feed/update/urn:li:share:2,"Deuxième",,,MEMBER_NETWORK\n2026-03-02 09:00:00,https://www.linkedin.com/feed/update/urn:li:share:3,"Troisième",,,MEMBER_NETWORK\n');
    expect((await cli(['posts', 'import', target, shares], dir)).code).toBe(0);
    expect((await cli(['posts', 'import', target, shares], dir)).code).toBe(0);
    expect(JSON.parse(readFileSync(target, 'utf8')).workspace.posts).toHaveLength(3);
    const stats = await cli(['posts', 'stats', shares, '--json'], dir);
    expect(stats.code).toBe(0);
    const s = JSON.parse(stats.out).linkedin;
    expect(s).toMatchObject({ count: 3, medianGapDays: 28, longestGapDays: 42 });
    expect(s.first).toMatch(/^2026-01-05/);
    expect(s.longestGapStart).toMatch(/^2026-01-19/);
    const fromWs = await cli(['posts', 'stats', target, '--json'], dir);
    expect(JSON.parse(fromWs.out).linkedin.count).toBe(3);
  });

  it('import keeps the pictures of both the target and the imported workspace file', async () => {
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const withPhoto = (id: string, name: string, file: string) => {
      const ws = newWorkspace(name, { id, now: new Date('2026-11-01T00:00:00Z') });
      ws.profiles.push(newProfile('linkedin', { id: `${id}-li`, handle: `${id}-handle`, url: `https://www.linkedin.com/in/${id}-handle`, photo: { file }, facts: { photo: { state: 'known' } } }));
      return serializeWorkspaceFile(ws, new Date('2026-11-01T00:00:00Z'), { [file]: png });
    };
    const target = path.join(dir, 'target.vitrine.json');
    const incoming = path.join(dir, 'incoming.vitrine.json');
    writeFileSync(target, withPhoto('aaa', 'Target', 'target-pic.png'));
    writeFileSync(incoming, withPhoto('bbb', 'Incoming', 'incoming-pic.png'));
    expect((await cli(['import', incoming, '--into', target], dir)).code).toBe(0);
    const written = JSON.parse(readFileSync(target, 'utf8'));
    expect(Object.keys(written.photos).sort()).toEqual(['incoming-pic.png', 'target-pic.png']);
    expect(written.workspace.profiles).toHaveLength(2);
  });

  it('report writes an escaped HTML document', async () => {
    const out = path.join(dir, 'report.html');
    const r = await cli(['report', DEMO, '--out', out, '--lang', 'en'], dir);
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/<html/i);
    expect((await cli(['report', DEMO, '--out', path.join(dir, 'r.doc')], dir)).code).toBe(2);
  });

  it('runs as the package bin (bundled, no Electron)', () => {
    const built = spawnSync(process.execPath, ['scripts/build-node.mjs', '--only=cli'], { cwd: ROOT, encoding: 'utf8' });
    expect(built.status, built.stderr).toBe(0);
    const res = spawnSync(process.execPath, [path.join(ROOT, 'bin/vitrine.cjs'), 'identify', 'github.com/octocat'], { encoding: 'utf8' });
    expect(res.status, res.stderr).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ network: 'github', handle: 'octocat' });
  });
});

describe('vitrine CLI help and audit text', () => {
  it('--help describes each command and its options; <command> --help shows one', async () => {
    const r = await cli(['--help'], dir);
    expect(r.code).toBe(0);
    for (const command of ['identify', 'validate', 'schema', 'import', 'export', 'audit', 'plan', 'posts import', 'posts stats', 'report']) {
      expect(r.out).toContain(`vitrine ${command}`);
    }
    for (const option of ['--into FILE', '--dry-run', '--mode merge|replace', '--format jsonresume|csv', '--json', '--ics FILE', '--out FILE', '--lang fr|en']) {
      expect(r.out).toContain(option);
    }
    // Each usage line is followed by what the command does.
    expect(r.out).toMatch(/vitrine audit [^\n]*\n\s+Audits every profile/);
    const one = await cli(['report', '--help'], dir);
    expect(one.code).toBe(0);
    expect(one.out).toContain('coaching report');
    expect(one.out).not.toContain('vitrine identify');
  });

  it('audit speaks French with network names and French dates', async () => {
    const r = await cli(['audit', DEMO, '--lang', 'fr'], dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain('(le 20 novembre 2026)');
    expect(r.out).not.toMatch(/\[(warning|error|info)\]/);
    expect(r.out).toMatch(/^ {2}(À corriger|À revoir|À savoir) : /m);
    expect(r.out).toContain('Facebook — ');
    expect(r.out).not.toContain('professional mode');
    // Profile lines start with the network's name, not its id.
    expect(r.out).not.toMatch(/^(linkedin|malt|github|x|facebook|viadeo) /m);
    const en = await cli(['audit', DEMO, '--lang', 'en'], dir);
    expect(en.out).toContain('(on 20 November 2026)');
    expect(en.out).toContain('Facebook — ');
  });
});
