import type { WorkspaceSummary } from '../../shared/ipc/contract';
import type { Workspace } from '../../shared/schema/workspace';

/** The light record the client list needs, so 500 clients don't cross IPC whole. */
export function summarize(ws: Workspace): WorkspaceSummary {
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
    searchText,
  };
}
