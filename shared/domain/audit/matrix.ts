import type { Workspace } from '../../schema/workspace';
import type { NetworkRegistry } from '../networks/registry';
import { type AuditContext, createAuditContext } from './context';
import { profileLabel } from './labels';

export type LinkCell = 'link' | 'via-site' | 'none' | 'self';

export interface CrossLinkMatrix {
  /** Professional, active profiles: rows are "from", columns "to", in this order. */
  profiles: { id: string; network: string; label: string }[];
  cells: LinkCell[][];
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
  return { profiles, cells };
}
