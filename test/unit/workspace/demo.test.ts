import { readFileSync } from 'node:fs';
import path from 'node:path';
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { identify } from '../../../shared/domain/networks/identify';
import { defaultRegistry } from '../../../shared/domain/networks/registry';
import { parseWorkspaceFile, serializeWorkspaceFile } from '../../../shared/domain/workspace/file';

const text = readFileSync(path.resolve(__dirname, '../../../examples/demo.vitrine.json'), 'utf8');
const parsed = parseWorkspaceFile(text);
if (!parsed.ok) throw new Error(`demo does not parse: ${JSON.stringify(parsed.errors)}`);
const ws = parsed.workspace;

describe('examples/demo.vitrine.json', () => {
  it('parses and is in the canonical form serializeWorkspaceFile writes', () => {
    const exportedAt = (JSON.parse(text) as { exportedAt: string }).exportedAt;
    expect(serializeWorkspaceFile(ws, new Date(exportedAt))).toBe(text);
  });

  it('is a fictional French freelancer with seven profiles in every state', () => {
    expect(ws.person).toMatchObject({ displayName: 'Camille Moreau', trade: 'developer', goal: 'freelance' });
    expect(ws.profiles.map((p) => [p.network, p.status, p.audience])).toEqual([
      ['linkedin', 'active', 'professional'], ['malt', 'active', 'professional'], ['github', 'active', 'professional'],
      ['x', 'active', 'professional'], ['viadeo', 'dormant', 'professional'], ['facebook', 'active', 'personal'],
      ['welcometothejungle', 'to-create', 'professional'],
    ]);
  });

  it('has profile links the network catalogue recognises', () => {
    for (const p of ws.profiles.filter((q) => q.url !== '')) {
      expect(identify(p.url, defaultRegistry()), p.url).toMatchObject({ ok: true, network: p.network, handle: p.handle });
    }
  });

  it('keeps deliberate gaps for the audit to find', () => {
    const by = Object.fromEntries(ws.profiles.map((p) => [p.network, p]));
    expect(by.x?.facts.photo.state).toBe('absent');
    expect(by.malt?.summary.split('\n').filter((l) => /^\d{4} - /.test(l)).length).toBeGreaterThanOrEqual(3);
    expect(by.github?.summary).toBe(by.linkedin?.summary);
    expect(by.github?.links.some((l) => l.includes('linkedin.com'))).toBe(false);
    expect(by.malt?.lastReviewed && by.malt.lastReviewed < '2025-11-01').toBe(true);
  });

  it('plans posting on a few networks with about thirty posts over a year, and a silence', () => {
    expect(ws.profiles.filter((p) => p.theme !== null).length).toBeGreaterThanOrEqual(2);
    expect(ws.profiles.filter((p) => p.cadence !== null).map((p) => p.network)).toEqual(['linkedin', 'x']);
    expect(ws.posts.length).toBeGreaterThanOrEqual(25);
    const published = ws.posts.filter((p) => p.status === 'published').map((p) => parseISO(p.date)).sort((a, b) => a.getTime() - b.getTime());
    const first = published[0];
    const last = published.at(-1);
    if (!first || !last) throw new Error('no published posts');
    expect(differenceInCalendarDays(last, first)).toBeLessThanOrEqual(366);
    const gaps = published.slice(1).map((d, i) => differenceInCalendarDays(d, published[i] as Date));
    expect(Math.max(...gaps)).toBeGreaterThanOrEqual(60);
    for (const post of ws.posts) expect(ws.profiles.some((p) => p.id === post.profileId)).toBe(true);
  });
});
