import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { putWorkspace, type HandlerDeps } from '../../../electron/services/handlers/context';
import { summarize } from '../../../electron/services/summaries';
import { Vault } from '../../../electron/services/vault';
import { scoreProgress } from '../../../shared/domain/audit/history';
import { renderReport } from '../../../shared/domain/report';
import { reviewWorkspace } from '../../../shared/domain/review';
import type { Workspace } from '../../../shared/schema/workspace';
import { clientWorkspace, NOW } from '../../fixtures/report/client';

/** The main process as the app runs it, over a store in a temp folder, at NOW. */
function mainProcess(): HandlerDeps {
  const dir = mkdtempSync(path.join(tmpdir(), 'vitrine-one-score-'));
  return {
    vault: new Vault({ dir, now: () => NOW, debounceMs: 60_000 }),
    info: { version: '0', systemLocale: 'fr-FR', dataDir: dir },
    openExternal: async () => undefined,
    newId: () => 'id',
    now: () => NOW,
    demoWorkspaceText: () => '',
  };
}

/** The five places a client's score shows, each computed the way its screen computes it. */
function fiveScreens(ws: Workspace) {
  const stored = putWorkspace(mainProcess(), ws);
  const audit = reviewWorkspace(stored, NOW); // audit screen (useAudit)
  const inventory = new Map(reviewWorkspace(stored, NOW).profiles.filter((p) => p.coverage.checked > 0).map((p) => [p.id, p.score])); // useScores
  const summary = summarize(stored, NOW); // clients list and consultant view (All clients)
  const html = renderReport(stored, { lang: 'en', now: NOW, consultant: null, weekStartsOn: 1 });
  const cover = /class="coverage" data-coverage="(\d+)">([^<]*)</.exec(html);
  const progress = /<span class="prev">(\d+)<\/span>.*?<span class="cur">(\d+)<\/span>/s.exec(html);
  return { stored, audit, inventory, summary, cover, progress };
}

describe('one score everywhere', () => {
  it('the audit screen, the inventory, the clients list, the consultant view and the report show the same score, coverage and progress', () => {
    const { stored, audit, inventory, summary, cover, progress } = fiveScreens(clientWorkspace());
    expect(audit.rated).toBe(true);
    for (const p of audit.profiles.filter((q) => q.coverage.checked > 0)) expect(inventory.get(p.id)).toBe(p.score);
    expect(summary.score).toBe(audit.score);
    expect(summary.coverage).toBe(audit.coverage.percent);
    expect(cover?.[1]).toBe(String(audit.coverage.percent));
    expect(cover?.[2]).toBe(`${audit.score}/100 · ${audit.coverage.percent}% checked`);
    const live = scoreProgress(stored.scoreHistory, NOW, audit.score);
    expect(summary.previousScore).toBe(live?.previous?.score);
    expect(progress?.slice(1).map(Number)).toEqual([live?.previous?.score, audit.score]);
  });

  it('the report names the main profile and why, and a profile the user picks moves the score on every screen together', () => {
    const auto = fiveScreens(clientWorkspace());
    const html = (ws: Workspace, lang: 'en' | 'fr') => renderReport(ws, { lang, now: NOW, consultant: null, weekStartsOn: 1 });
    expect(html(auto.stored, 'en')).toContain('<p class="main-profile" data-profile-id="li">Main profile: LinkedIn — for a job search</p>');
    expect(html(auto.stored, 'fr')).toContain('Profil principal : LinkedIn — pour une recherche d’emploi');
    expect(auto.audit.mainProfileId).toBe('li');

    const picked = fiveScreens({ ...clientWorkspace(), mainProfileId: 'x' });
    expect(html(picked.stored, 'en')).toContain('<p class="main-profile" data-profile-id="x">Main profile: X (Twitter) — chosen by you</p>');
    expect(html(picked.stored, 'fr')).toContain('Profil principal : X (Twitter) — choisi par vous');
    expect(picked.audit.score).not.toBe(auto.audit.score);
    expect(picked.summary.score).toBe(picked.audit.score);
    expect(picked.cover?.[2]).toBe(`${picked.audit.score}/100 · ${picked.audit.coverage.percent}% checked`);
    expect(picked.progress?.[2]).toBe(String(picked.audit.score));
  });

  it('a client with nothing checked has no score on any of them', () => {
    const ws = clientWorkspace();
    const unchecked = { ...ws, scoreHistory: [], profiles: ws.profiles.map((p) => ({ ...p, displayName: '', headline: '', summary: '', links: [], keywords: [], followOpen: null, wallRestricted: null, facts: Object.fromEntries(Object.keys(p.facts).map((k) => [k, { state: 'unchecked', source: null }])) as typeof p.facts })) };
    const { stored, audit, inventory, summary, cover } = fiveScreens(unchecked);
    expect(audit.rated).toBe(false);
    expect(stored.scoreHistory).toEqual([]);
    expect(inventory.size).toBe(0);
    expect(summary).toMatchObject({ score: null, coverage: 0 });
    expect(cover?.[2]).toBe('No score yet · 0% checked');
  });
});
