import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { planImport } from '../../shared/domain/import/detect';
import type { ImportFile } from '../../shared/domain/import/files';
import type { ImportPlan } from '../../shared/schema/import-plan';
import { Workspace } from '../../shared/schema/workspace';
import { announceRealdataSkip, hasRealdata, realdataPath } from '../support/realdata';
import { deps, emptyWorkspace } from '../fixtures/import/helpers';

announceRealdataSkip('exports conformance');

/** Every file of a folder, named relative to it, as a folder pick would give them. */
function readFolder(dir: string): ImportFile[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(path.join(dir, name)).isFile())
    .sort()
    .map((name) => ({ name: name.split(path.sep).join('/'), bytes: new Uint8Array(readFileSync(path.join(dir, name))) }));
}

/** The same files zipped in memory (never written to disk). */
function zipped(files: ImportFile[], name: string): ImportFile[] {
  return [{ name: `${name}.zip`, bytes: zipSync(Object.fromEntries(files.map((f) => [`${name}/${f.name}`, f.bytes]))) }];
}

/** A plan with issue file names reduced to their base name: the zip nests files in a top folder. */
function flat(p: ImportPlan): ImportPlan {
  return { ...p, issues: p.issues.map((i) => ({ ...i, file: i.file === null ? null : path.posix.basename(i.file) })) };
}

function plan(files: ImportFile[]): ImportPlan {
  const target = emptyWorkspace();
  const before = structuredClone(target);
  const r = planImport(target, files, deps());
  expect(target).toEqual(before);
  if (!r.ok) throw new Error(r.message.en);
  Workspace.parse(r.plan.result);
  return r.plan;
}

/**
 * A deliberately separate RFC 4180 reader (no papaparse, no shared/csv), so
 * the counts below check the importer instead of repeating it.
 */
function records(file: string): string[][] {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const out: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endRow = (): void => {
    row.push(cell);
    if (row.some((v) => v.trim() !== '')) out.push(row);
    row = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && (c === '\n' || c === '\r')) {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else {
      cell += c;
    }
  }
  endRow();
  return out;
}

function field(rows: string[][], name: string, index = 1): string {
  const column = rows[0]?.indexOf(name) ?? -1;
  return column < 0 ? '' : (rows[index]?.[column] ?? '').trim();
}

const LINKEDIN = realdataPath('linkedin_export');
const linkedinFolders = hasRealdata
  ? readdirSync(LINKEDIN).filter((d) => statSync(path.join(LINKEDIN, d)).isDirectory())
  : [];

describe.skipIf(!hasRealdata)('LinkedIn exports (realdata)', () => {
  it.each(linkedinFolders)('%s: imports what the export holds, the same from a zip as from the folder', (folder) => {
    const dir = path.join(LINKEDIN, folder);
    const files = readFolder(dir);
    const profileCsv = path.join(dir, 'Profile.csv');
    const positionsCsv = path.join(dir, 'Positions.csv');
    const sharesCsv = path.join(dir, 'Shares.csv');

    if (!existsSync(profileCsv) && !existsSync(positionsCsv) && !existsSync(sharesCsv)) {
      // Connections/Messages-only fixtures: not something Vitrine imports, and it says so.
      const r = planImport(emptyWorkspace(), files, deps());
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message.en).toMatch(/not a format Vitrine can import/);
      return;
    }

    const p = plan(files);
    expect(flat(plan(zipped(files, folder)))).toEqual(flat(p));
    const ws = p.result;
    const linkedin = ws.profiles.find((x) => x.network === 'linkedin');
    expect(linkedin).toBeDefined();

    if (existsSync(profileCsv)) {
      const rows = records(profileCsv);
      expect(ws.person.displayName).toBe(`${field(rows, 'First Name')} ${field(rows, 'Last Name')}`);
      const headline = field(rows, 'Headline');
      if (headline) expect(ws.person.headline).toBe(headline);
      const handles = field(rows, 'Twitter Handles');
      if (handles.startsWith('[')) {
        const first = handles.slice(1, -1).split(',')[0]!.replace(/^@/, '').trim();
        expect(ws.profiles.filter((x) => x.network === 'x').map((x) => x.handle)).toEqual([first]);
        expect(linkedin!.links).toContain(`https://x.com/${first}`);
      }
    }
    if (existsSync(positionsCsv)) {
      expect(ws.person.positions).toHaveLength(records(positionsCsv).length - 1);
    }
    // Every school and certification listed is kept, by its name.
    const educationCsv = path.join(dir, 'Education.csv');
    if (existsSync(educationCsv)) {
      const rows = records(educationCsv);
      expect(ws.person.education.map((e) => e.institution)).toEqual(rows.slice(1).map((_, i) => field(rows, 'School Name', i + 1)));
    }
    const certificationsCsv = path.join(dir, 'Certifications.csv');
    if (existsSync(certificationsCsv)) {
      const rows = records(certificationsCsv);
      // One course passed three times is three certificates (each its own address), not one.
      expect(ws.person.certifications.map((c) => c.name)).toEqual(rows.slice(1).map((_, i) => field(rows, 'Name', i + 1)));
    }
    if (existsSync(sharesCsv) && folder !== 'abhishekwebcode_2018') {
      const rows = records(sharesCsv);
      const links = new Set(rows.slice(1).map((_, i) => field(rows, 'ShareLink', i + 1)));
      expect(ws.posts).toHaveLength(links.size);
    }
  });

  it('2018 vintage: UTF-16 tab-separated shares, PORTFOLIO websites, a plain Twitter handle', () => {
    const ws = plan(readFolder(path.join(LINKEDIN, 'abhishekwebcode_2018'))).result;
    expect(ws.posts).toHaveLength(5);
    expect(ws.posts.every((post) => /^201[5-7]-/.test(post.date))).toBe(true);
    expect(ws.person.websites).toEqual(['http://allsocial.gear.host', 'https://codefights.com/profile/abhishekwebcode/']);
    expect(ws.profiles.find((x) => x.network === 'x')?.handle).toBe('abhishekwebcode');
    expect(ws.person.location).toBe('Delhi, India');
  });

  it('pmarmaroli: [PERSONAL:http://www.hidacs.ch] becomes a link and a personal website', () => {
    const ws = plan(readFolder(path.join(LINKEDIN, 'pmarmaroli_2024'))).result;
    expect(ws.profiles.find((x) => x.network === 'linkedin')?.links).toContain('http://www.hidacs.ch');
    expect(ws.person.websites).toEqual(['http://www.hidacs.ch']);
  });
});

const ANDRE = realdataPath('twitter_archive', 'andreruffert_2022');

describe.skipIf(!hasRealdata)('X archive andreruffert_2022 (realdata)', () => {
  it('imports the profile and every own tweet, the same from a zip as from the folder', () => {
    const files = readFolder(ANDRE);
    const p = plan(files);
    expect(flat(plan(zipped(files, 'twitter-2022')))).toEqual(flat(p));
    expect(p.format).toBe('x-archive');
    const x = p.result.profiles.find((prof) => prof.network === 'x');
    expect(x).toMatchObject({ handle: 'andreruffert', url: 'https://x.com/andreruffert', displayName: 'André Ruffert', location: 'Berlin, Germany' });
    expect(x!.links).toContain('https://andreruffert.com');
    expect(p.result.person.websites).toContain('https://andreruffert.com');

    // Independent count: parse tweets.js here and leave out retweets only (replies are the person's own writing).
    const text = readFileSync(path.join(ANDRE, 'tweets.js'), 'utf8');
    const entries = JSON.parse(text.slice(text.indexOf('=') + 1)) as { tweet: { id_str: string; full_text: string; retweeted_status?: unknown } }[];
    const own = new Set(entries.map((e) => e.tweet).filter((t) => !t.full_text.startsWith('RT @') && t.retweeted_status === undefined).map((t) => t.id_str));
    expect(p.result.posts).toHaveLength(own.size);
    expect(p.result.posts.every((post) => post.profileId === x!.id && post.status === 'published')).toBe(true);
  });
});
