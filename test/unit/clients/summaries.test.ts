import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../electron/main/ipc-dispatch';
import { createHandlers } from '../../../electron/services/handlers';
import { clientList, LIST_FRESH_MS } from '../../../electron/services/summaries';
import { generateLibrary } from '../../fixtures/audit/generate-library';
import { Vault } from '../../../electron/services/vault';
import { reviewWorkspace } from '../../../shared/domain/review';
import type { WorkspaceSummary } from '../../../shared/ipc/contract';
import type { Workspace } from '../../../shared/schema/workspace';

const APP = 'app://vitrine/index.html';
const DEMO = readFileSync(path.resolve(__dirname, '../../../examples/demo.vitrine.json'), 'utf8');
const NOW = new Date('2029-05-16T14:00:00Z');

function setup() {
  const dir = mkdtempSync(path.join(tmpdir(), 'vitrine-summaries-'));
  const vault = new Vault({ dir, debounceMs: 60_000 });
  let n = 0;
  const dispatch = createDispatch(createHandlers({
    vault,
    info: { version: 'test', systemLocale: 'fr-FR', dataDir: dir },
    openExternal: async () => undefined,
    newId: () => `id-${++n}`,
    now: () => NOW,
    demoWorkspaceText: () => DEMO,
  }), { isTrustedSender: (u) => u === APP });
  const call = async <T>(channel: string, input?: unknown): Promise<T> => {
    const res = await dispatch(channel, APP, input);
    if (!res.ok) throw new Error(res.error.message);
    return res.value as T;
  };
  return { call };
}

describe('the client list summaries', () => {
  it('show the score and error count the save recorded, and the next planned post', async () => {
    const { call } = setup();
    const demo = await call<Workspace>('workspace:open-demo');
    const [summary] = await call<WorkspaceSummary[]>('library:list');
    const review = reviewWorkspace(demo, NOW);
    expect(summary).toMatchObject({ id: demo.id, score: review.score, errors: review.findings.filter((f) => f.severity === 'error').length });
    expect(demo.scoreHistory.at(-1)).toMatchObject({ score: review.score, errors: summary!.errors });
    // The demo is dated relative to NOW: its plan goes on, so something is planned within the next week or two.
    const next = Date.parse(summary!.nextPost!);
    expect(next).toBeGreaterThan(NOW.getTime());
    expect(next - NOW.getTime()).toBeLessThan(14 * 86_400_000);
  });

  it('say "not counted" (null) for a client whose history predates error counts, and nothing planned without a plan', async () => {
    const { call } = setup();
    const ws = await call<Workspace>('workspace:create', { name: 'Jeanne' });
    const [summary] = await call<WorkspaceSummary[]>('library:list');
    expect(summary).toMatchObject({ id: ws.id, score: null, errors: null, nextPost: null });
  });

  it('come in name order, and a list just worked out is sent again only for the same data, language and ten seconds', () => {
    const workspaces = generateLibrary({ clients: 6, profilesPerClient: 2 }).map((ws, i) => ({ ...ws, name: ['Zoé', 'alice', 'Émile', 'Bruno', 'client 10', 'client 9'][i]! }));
    const list = clientList();
    const first = list.get(workspaces, NOW, 'fr');
    expect(first.map((s) => s.name)).toEqual(['alice', 'Bruno', 'client 9', 'client 10', 'Émile', 'Zoé']);
    expect(list.get(workspaces, new Date(NOW.getTime() + LIST_FRESH_MS - 1), 'fr')).toBe(first);
    // A change of data (the vault's new array), of language, or time passing: worked out again.
    expect(list.get([...workspaces], NOW, 'fr')).not.toBe(first);
    const again = list.get(workspaces, NOW, 'fr');
    expect(list.get(workspaces, NOW, 'en')).not.toBe(again);
    const later = list.get(workspaces, new Date(NOW.getTime() + LIST_FRESH_MS), 'en');
    expect(later).toEqual(list.get(workspaces, new Date(NOW.getTime() + LIST_FRESH_MS), 'en'));
    expect(list.get(workspaces, new Date(NOW.getTime() - 1), 'en')).not.toBe(later);
  });
});
