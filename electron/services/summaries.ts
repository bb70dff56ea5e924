import { scoreProgress } from '../../shared/domain/audit/history';
import { clientSearchText } from '../../shared/domain/workspace/client-search';
import { workspaceCoverage } from '../../shared/domain/facts/state';
import { networkForWorkspace } from '../../shared/domain/networks/registry';
import type { WorkspaceSummary } from '../../shared/ipc/contract';
import { nextPlannedPost } from '../../shared/domain/plan/next-post';
import type { Lang } from '../../shared/schema/text';
import { byClientName } from '../../shared/domain/workspace/client-order';
import type { Workspace } from '../../shared/schema/workspace';

interface Lasting {
  part: Omit<WorkspaceSummary, 'nextPost' | 'score' | 'previousScore'>;
  /** Names, handles and addresses for the client search, sent apart from the list (searchIndex). */
  searchText: string;
  /** Something is checked: the recorded score stands for the client. */
  rated: boolean;
}

/**
 * The vault replaces a workspace object on every change and never mutates one,
 * so what does not depend on the clock is worked out once per version: the
 * list is asked for again after every save, for all 500 clients.
 */
const lasting = new WeakMap<Workspace, Lasting>();

function lastingPart(ws: Workspace): Lasting {
  const known = lasting.get(ws);
  if (known) return known;
  const registry = networkForWorkspace(ws);
  const coverage = workspaceCoverage(ws.profiles, (id) => registry.get(id));
  const networks = [...new Set(ws.profiles.map((p) => p.network))];
  const searchText = clientSearchText({
    words: [ws.name, ws.person.displayName, ws.person.headline, ...networks, ...ws.profiles.flatMap((p) => [p.handle, p.displayName])],
    urls: ws.profiles.map((p) => p.url),
  });
  const rated = coverage.checked > 0;
  const part: Lasting['part'] = {
    id: ws.id,
    name: ws.name,
    archived: ws.archived,
    personName: ws.person.displayName,
    headline: ws.person.headline,
    profileCount: ws.profiles.length,
    networks,
    updatedAt: ws.updatedAt,
    errors: rated ? ws.scoreHistory.at(-1)?.errors ?? null : null,
    coverage: coverage.total === 0 ? null : coverage.percent,
  };
  const entry = { part, rated, searchText };
  lasting.set(ws, entry);
  return entry;
}

/**
 * The light record the client list needs, so 500 clients don't cross IPC whole.
 * Score, progress and errors are those recorded by the last save's audit (the
 * one score source, `scoreProgress` for the trend as on every screen): nothing
 * is audited here, so listing 500 clients stays fast. Nothing checked: no score
 * yet (older points may predate the facts model).
 */
export function summarize(ws: Workspace, now: Date): WorkspaceSummary {
  const { part, rated } = lastingPart(ws);
  const progress = rated ? scoreProgress(ws.scoreHistory, now) : null;
  return { ...part, score: progress?.score ?? null, previousScore: progress?.previous?.score ?? null, nextPost: nextPlannedPost(ws, now) };
}

/** Each client's search text by id: the list's search, fetched once the list is drawn (500 clients: ~300 kB). */
export function searchIndex(workspaces: readonly Workspace[]): Record<string, string> {
  return Object.fromEntries(workspaces.map((ws) => [ws.id, lastingPart(ws).searchText]));
}

/** How long a worked-out list is sent again as it is (its next planned posts may be that stale). */
export const LIST_FRESH_MS = 10_000;

/**
 * The client list in name order, kept for LIST_FRESH_MS while the data and the
 * language stay the same (the vault replaces its workspaces array on every change).
 * The handlers work it out once while the window loads its code, so the page's
 * first call (made before the UI's code has arrived) is answered at once, and the
 * main process is free to serve that code instead of computing.
 */
export function clientList(): { get: (workspaces: readonly Workspace[], now: Date, lang: Lang) => WorkspaceSummary[] } {
  let kept: { workspaces: readonly Workspace[]; lang: Lang; at: number; list: WorkspaceSummary[] } | null = null;
  return {
    get: (workspaces, now, lang) => {
      const at = now.getTime();
      if (kept && kept.workspaces === workspaces && kept.lang === lang && at >= kept.at && at - kept.at < LIST_FRESH_MS) return kept.list;
      const list = byClientName(workspaces.map((ws) => summarize(ws, now)), lang);
      kept = { workspaces, lang, at, list };
      return list;
    },
  };
}
