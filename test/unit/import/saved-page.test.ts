import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { strToU8 } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { planImport } from '../../../shared/domain/import/detect';
import { readSavedPage } from '../../../shared/domain/import/saved-page/read';
import { MAX_PAGE_BYTES, NOT_A_PROFILE_PAGE } from '../../../shared/domain/import/saved-page/import';
import { Workspace } from '../../../shared/schema/workspace';
import { deps, emptyWorkspace, folder } from '../../fixtures/import/helpers';

const GITHUB_PAGE = `<!DOCTYPE html><html><head>
<link rel="canonical" href="https://github.com/jdupont-dev">
<meta property="og:title" content="jdupont-dev - Overview">
<meta property="og:image" content="https://avatars.example/u/1">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ProfilePage","mainEntity":{"@type":"Person","name":"Jeanne Dupont","jobTitle":"Pharmacienne et développeuse","description":"J'outille les officines.","sameAs":["https://www.linkedin.com/in/jeanne-dupont/","https://jdupont.example/"]}}</script>
</head><body><div class="h-card"><span class="p-name">Jeanne Dupont</span><a class="u-url" href="https://jdupont.example/">site</a></div>
<a rel="me" href="https://mastodon.social/@jdupont">Mastodon</a></body></html>`;

function plan(files: Record<string, string | Uint8Array>, target = emptyWorkspace()) {
  const before = structuredClone(target);
  const r = planImport(target, folder(files), deps());
  expect(target).toEqual(before);
  return r;
}

describe('readSavedPage', () => {
  it('reads JSON-LD Person (inside a ProfilePage), OpenGraph, h-card, rel="me" and the canonical address', () => {
    const page = readSavedPage(GITHUB_PAGE);
    expect(page).toMatchObject({
      canonical: 'https://github.com/jdupont-dev',
      name: 'Jeanne Dupont',
      headline: 'Pharmacienne et développeuse',
      description: "J'outille les officines.",
      hasImage: true,
      found: ['json-ld', 'opengraph', 'h-card', 'rel-me'],
    });
    expect(page.links).toEqual(['https://www.linkedin.com/in/jeanne-dupont/', 'https://jdupont.example/', 'https://mastodon.social/@jdupont']);
  });

  it('falls back on h-card and og:url when there is no JSON-LD nor canonical link', () => {
    const page = readSavedPage('<html><head><meta property="og:url" content="https://jdupont.example/"></head><body><div class="h-card"><a class="p-name u-url" href="https://jdupont.example/">Jeanne Dupont</a><p class="p-note">Pharmacienne.</p></div></body></html>');
    expect(page).toMatchObject({ canonical: 'https://jdupont.example/', name: 'Jeanne Dupont', description: 'Pharmacienne.', found: ['opengraph', 'h-card'] });
  });
});

describe('saved page import', () => {
  it('fills the profile the canonical address names, with the links it shows marked seen', () => {
    const r = plan({ 'jdupont-dev.html': GITHUB_PAGE });
    if (!r.ok) throw new Error(r.message.en);
    expect(r.plan.format).toBe('saved-page');
    const ws = Workspace.parse(r.plan.result);
    const github = ws.profiles.find((p) => p.network === 'github');
    expect(github).toMatchObject({ handle: 'jdupont-dev', displayName: 'Jeanne Dupont', headline: 'Pharmacienne et développeuse' });
    expect(github?.facts.headline).toEqual({ state: 'known', source: { kind: 'saved-page', at: '2025-03-01', label: 'jdupont-dev.html' } });
    expect(github?.seenLinks.map((s) => s.url)).toEqual(expect.arrayContaining(['https://jdupont.example/', 'https://mastodon.social/@jdupont']));
    expect(ws.profiles.map((p) => p.network).sort()).toEqual(['github', 'linkedin', 'mastodon']);
  });

  it('reads a page saved with its folder, ignoring the folder', () => {
    const r = plan({ 'profile.html': GITHUB_PAGE, 'profile_files/app.js': 'alert(1)', 'profile_files/frame.html': '<html></html>' });
    expect(r.ok && r.plan.format).toBe('saved-page');
  });

  it('says what a saved LinkedIn page could not give', () => {
    const r = plan({ 'in.html': '<html><head><link rel="canonical" href="https://www.linkedin.com/in/jeanne-dupont"><meta property="og:title" content="Jeanne Dupont - Pharmacie du Parc | LinkedIn"></head></html>' });
    if (!r.ok) throw new Error(r.message.en);
    expect(r.plan.issues.some((i) => /saved LinkedIn page shows little/.test(i.message) && /Save to PDF/.test(i.message))).toBe(true);
  });

  it('refuses a page that says whose profile it is nowhere', () => {
    expect(plan({ 'x.html': '<html><body><p>Hello</p></body></html>' })).toEqual({ ok: false, kind: 'unrecognised', message: NOT_A_PROFILE_PAGE });
  });
});

describe('hostile saved pages: nothing runs, nothing is fetched', () => {
  afterEach(() => vi.restoreAllMocks());

  function forbidNetwork() {
    const calls = [
      vi.spyOn(globalThis, 'fetch').mockImplementation(() => Promise.reject(new Error('no network'))),
      vi.spyOn(http, 'request'),
      vi.spyOn(http, 'get'),
      vi.spyOn(https, 'request'),
      vi.spyOn(https, 'get'),
      vi.spyOn(net, 'connect'),
      vi.spyOn(net, 'createConnection'),
    ];
    return () => calls.every((c) => c.mock.calls.length === 0);
  }

  it('reads a page full of scripts, remote images, styles and frames without running or fetching any', () => {
    const untouched = forbidNetwork();
    const marker = globalThis as { __ran?: boolean };
    const html = `<html><head><link rel="canonical" href="https://github.com/jdupont-dev"><link rel="stylesheet" href="https://evil.example/s.css">
      <script>globalThis.__ran = true; fetch('https://evil.example/x')</script><script src="https://evil.example/a.js"></script></head>
      <body onload="globalThis.__ran = true"><img src="https://evil.example/p.png" onerror="globalThis.__ran = true"><iframe src="https://evil.example/f"></iframe>
      <object data="https://evil.example/o"></object><div class="h-card"><span class="p-name">Jeanne</span><img class="u-photo" src="https://evil.example/me.jpg"></div></body></html>`;
    const r = plan({ 'p.html': html });
    expect(r.ok).toBe(true);
    expect(marker.__ran).toBeUndefined();
    expect(untouched()).toBe(true);
  });

  it('refuses a 50 MB page before parsing it', () => {
    const untouched = forbidNetwork();
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x20);
    big.set(strToU8('<!DOCTYPE html><html>'), 0);
    expect(big.length).toBeGreaterThan(MAX_PAGE_BYTES);
    const r = plan({ 'big.html': big });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message.en).toMatch(/saved profile page is at most 10 MB/);
    expect(untouched()).toBe(true);
  });

  it('reads a page nested 100,000 levels deep without exhausting the stack', () => {
    const untouched = forbidNetwork();
    const depth = 100_000;
    const html = `<html><head><link rel="canonical" href="https://github.com/jdupont-dev"><meta property="og:title" content="Jeanne"></head><body>${'<div>'.repeat(depth)}x${'</div>'.repeat(depth)}</body></html>`;
    const r = plan({ 'deep.html': html });
    expect(r.ok && r.plan.result.profiles.find((p) => p.network === 'github')?.displayName).toBe('Jeanne');
    expect(untouched()).toBe(true);
  });
});
