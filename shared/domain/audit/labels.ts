import type { Profile } from '../../schema/workspace';
import type { NetworkRegistry } from '../networks/registry';
import type { AuditContext } from './context';

export function networkLabel(networkId: string, registry: NetworkRegistry): string {
  return registry.get(networkId)?.label ?? networkId;
}

/** "LinkedIn — jeanne-dupont": what a person reads to know which profile is meant. */
export function profileLabel(profile: Profile, registry: NetworkRegistry): string {
  const who = profile.handle.trim() || profile.url.trim() || profile.id;
  return `${networkLabel(profile.network, registry)} — ${who}`;
}

/** The label of a workspace profile by id (the id itself if it is gone). */
export function labelOf(audit: AuditContext, id: string): string {
  const p = audit.facts.get(id)?.profile;
  return p ? profileLabel(p, audit.registry) : id;
}
