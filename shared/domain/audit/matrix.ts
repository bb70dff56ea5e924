import type { FactSource, Workspace } from '../../schema/workspace';
import type { NetworkRegistry } from '../networks/registry';
import { type AuditContext, createAuditContext } from './context';
import { profileLabel } from './labels';

export type LinkCell = 'link' | 'via-site' | 'none' | 'self';

export interface CrossLinkMatrix {
  /** Professional, active profiles: rows are "from", columns "to", in this order. */
  profiles: { id: string; network: string; label: string }[];
  cells: LinkCell[][];
  /**
   * seen[i][j]: the file that showed the link behind cells[i][j] on the live
   * profile, or null when that link is only declared (typed) or there is none.
   */
  seen: (FactSource | null)[][];
}

/** Who links to whom, for the audit's picture: cells[i][j] says how profile i reaches profile j. */
export function crossLinkMatrix(ws: Workspace, registry: NetworkRegistry, context?: AuditContext): CrossLinkMatrix {
  const audit = context && context.ws === ws ? context : createAuditContext(ws, { registry });
  const { members, direct, viaSite } = audit.links;
  const profiles = members.map((id) => {
    const p = audit.facts.get(id)!.profile;
    return { id, network: p.network, label: profileLabel(p, audit.registry) };
  });
  const cells = members.map((from) =>
    members.map((to): LinkCell => {
      if (from === to) return 'self';
      if (direct.get(from)?.has(to)) return 'link';
      return viaSite.has(from) ? 'via-site' : 'none';
    }),
  );
  const seen = members.map((from, i) => {
    const links = audit.facts.get(from)!.links;
    const siteSeen = links.find((l) => l.site && l.seen !== null)?.seen ?? null;
    return members.map((to, j): FactSource | null => {
      const cell = cells[i]![j]!;
      if (cell === 'via-site') return siteSeen;
      if (cell !== 'link') return null;
      return links.find((l) => l.seen !== null && l.key !== null && audit.byIdentity.get(l.key) === to)?.seen ?? null;
    });
  });
  return { profiles, cells, seen };
}
