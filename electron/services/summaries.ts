import type { WorkspaceSummary } from '../../shared/ipc/contract';
import { nextPlannedPost } from '../../shared/domain/plan/next-post';
import type { Workspace } from '../../shared/schema/workspace';

/**
 * The light record the client list needs, so 500 clients don't cross IPC whole.
 * Score and errors are those recorded by the last save's audit (the one score
 * source): nothing is audited here, so listing 500 clients stays fast.
 */
export function summarize(ws: Workspace, now: Date): WorkspaceSummary {
  const history = ws.scoreHistory;
  const networks = [...new Set(ws.profiles.map((p) => p.network))];
  const searchText = [ws.name, ws.person.displayName, ws.person.headline, ...networks, ...ws.profiles.flatMap((p) => [p.handle, p.url, p.displayName])]
    .join('\n')
    .toLowerCase();
  return {
    id: ws.id,
    name: ws.name,
    archived: ws.archived,
    personName: ws.person.displayName,
    headline: ws.person.headline,
    profileCount: ws.profiles.length,
    networks,
    updatedAt: ws.updatedAt,
    score: history.at(-1)?.score ?? null,
    previousScore: history.at(-2)?.score ?? null,
    errors: history.at(-1)?.errors ?? null,
    nextPost: nextPlannedPost(ws, now),
    searchText,
  };
}
