import type { WorkspaceSummary } from '../../shared/ipc/contract';
import { nextPlannedPost } from '../../shared/domain/plan/next-post';
import type { Workspace } from '../../shared/schema/workspace';

type Lasting = Omit<WorkspaceSummary, 'nextPost'>;

/**
 * The vault replaces a workspace object on every change and never mutates one,
 * so what does not depend on the clock is worked out once per version: the
 * list is asked for again after every save, for all 500 clients.
 */
const lasting = new WeakMap<Workspace, Lasting>();

function lastingPart(ws: Workspace): Lasting {
  const known = lasting.get(ws);
  if (known) return known;
  const history = ws.scoreHistory;
  const networks = [...new Set(ws.profiles.map((p) => p.network))];
  const searchText = [ws.name, ws.person.displayName, ws.person.headline, ...networks, ...ws.profiles.flatMap((p) => [p.handle, p.url, p.displayName])]
    .join('\n')
    .toLowerCase();
  const part: Lasting = {
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
    searchText,
  };
  lasting.set(ws, part);
  return part;
}

/**
 * The light record the client list needs, so 500 clients don't cross IPC whole.
 * Score and errors are those recorded by the last save's audit (the one score
 * source): nothing is audited here, so listing 500 clients stays fast.
 */
export function summarize(ws: Workspace, now: Date): WorkspaceSummary {
  return { ...lastingPart(ws), nextPost: nextPlannedPost(ws, now) };
}
