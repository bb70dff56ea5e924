import { scoreProgress } from '../../shared/domain/audit/history';
import { workspaceCoverage } from '../../shared/domain/facts/state';
import { networkForWorkspace } from '../../shared/domain/networks/registry';
import type { WorkspaceSummary } from '../../shared/ipc/contract';
import type { Workspace } from '../../shared/schema/workspace';

/** The light record the client list needs, so 500 clients don't cross IPC whole. */
export function summarize(ws: Workspace, now: Date = new Date()): WorkspaceSummary {
  const registry = networkForWorkspace(ws);
  const coverage = workspaceCoverage(ws.profiles, (id) => registry.get(id));
  // Nothing checked: no score yet (older points may predate the facts model).
  const progress = coverage.checked > 0 ? scoreProgress(ws.scoreHistory, now) : null;
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
    score: progress?.score ?? null,
    previousScore: progress?.previous?.score ?? null,
    coverage: coverage.total === 0 ? null : coverage.percent,
    searchText,
  };
}
