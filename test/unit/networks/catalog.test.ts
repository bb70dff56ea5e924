import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_NETWORKS } from '../../../shared/domain/networks/catalog';
import { canonicalize, identify } from '../../../shared/domain/networks/identify';

/** A handle each network's pattern accepts (most take "janedoe"). */
const SAMPLE: Record<string, string> = {
  x: 'jane_doe', bluesky: 'jane.example', stackoverflow: '4242', mastodon: '@jane@mastodon.social', linkedin: 'jane-doe-1a2b',
  xing: 'Jane_Doe2', viadeo: 'jane.doe', proz: '123456',
};

describe('built-in catalog', () => {
  it('has the networks Vitrine promises, with unique ids', () => {
    const ids = BUILTIN_NETWORKS.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ['linkedin', 'viadeo', 'xing', 'malt', 'x', 'facebook', 'instagram', 'github', 'youtube', 'medium', 'mastodon', 'bluesky', 'behance', 'dribbble', 'stackoverflow', 'welcometothejungle', 'talentpharmacie', 'pharmareseau']) {
      expect(ids).toContain(id);
    }
    expect(BUILTIN_NETWORKS.every((n) => n.builtIn)).toBe(true);
    expect(BUILTIN_NETWORKS.find((n) => n.id === 'viadeo')?.legacy).toBe(true);
  });

  it.each(BUILTIN_NETWORKS.map((n) => [n.id, n] as const))('%s: hosts, paths and canonical URL round-trip', (id, n) => {
    expect(n.hosts.length).toBeGreaterThan(0);
    expect(n.profilePaths.length).toBeGreaterThan(0);
    if (!n.fediverse) expect(n.canonicalUrl).toMatch(/^https:\/\/[^/]+\/.*\{handle\}/);
    const made = canonicalize(id, SAMPLE[id] ?? 'janedoe');
    expect(made.ok, JSON.stringify(made)).toBe(true);
    if (!made.ok) return;
    const back = identify(made.canonicalUrl);
    expect(back).toEqual(made);
  });

  it.each(BUILTIN_NETWORKS.map((n) => [n.id, n] as const))('%s: limits positive and posting range coherent', (_id, n) => {
    for (const v of Object.values(n.limits)) expect(v).toBeGreaterThanOrEqual(0);
    const { summaryMin, summaryMax, keywordsMin, keywordsMax } = n.limits;
    if (summaryMin !== undefined && summaryMax !== undefined) expect(summaryMin).toBeLessThanOrEqual(summaryMax);
    if (keywordsMin !== undefined && keywordsMax !== undefined) expect(keywordsMin).toBeLessThanOrEqual(keywordsMax);
    if (n.posting) {
      expect(n.posting.minPerWeek).toBeLessThanOrEqual(n.posting.maxPerWeek);
      expect(n.posting.maxPerDay).toBeLessThanOrEqual(n.posting.maxPerWeek);
      expect(n.posting.source.length).toBeGreaterThan(0);
    }
    for (const p of n.nonProfilePaths) expect(p.reasonFr, p.prefix).toBeTruthy();
  });

  it('carries the limits the audit relies on', () => {
    const get = (id: string) => BUILTIN_NETWORKS.find((n) => n.id === id);
    expect(get('linkedin')?.limits).toMatchObject({ headlineMax: 220, summaryMax: 2600 });
    expect(get('linkedin')?.posting?.maxPerDay).toBe(1);
    expect(get('x')?.limits).toMatchObject({ nameMax: 50, headlineMax: 160 });
    expect(get('instagram')?.limits.headlineMax).toBe(150);
    expect(get('malt')?.limits).toMatchObject({ summaryMin: 200, keywordsMin: 7 });
    expect(get('facebook')?.features).toEqual({ follow: true, wall: true, keywords: false });
    expect(get('xing')?.features.keywords).toBe(true);
  });

  it('gives a source comment next to every number', () => {
    const source = readFileSync(path.resolve(__dirname, '../../../shared/domain/networks/catalog-data.ts'), 'utf8');
    const numbered = source.split('\n').filter((l) => /^\s+(nameMax|headlineMax|summaryMin|summaryMax|keywordsMin|keywordsMax|minPerWeek|maxPerWeek|maxPerDay):\s*[\d.]+/.test(l));
    expect(numbered.length).toBeGreaterThan(30);
    for (const line of numbered) expect(line, line).toMatch(/\/\/ \S/);
  });
});
