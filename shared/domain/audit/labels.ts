import type { Lang, Localized } from '../../schema/text';
import type { Profile } from '../../schema/workspace';
import { localLabel } from '../networks/label';
import type { NetworkRegistry } from '../networks/registry';
import type { AuditContext } from './context';

export function networkLabel(networkId: string, registry: NetworkRegistry, lang: Lang = 'en'): string {
  const def = registry.get(networkId);
  return def ? localLabel(def, lang) : networkId;
}

/** "LinkedIn — jeanne-dupont": what a person reads to know which profile is meant. */
export function profileLabel(profile: Profile, registry: NetworkRegistry, lang: Lang = 'en'): string {
  const who = profile.handle.trim() || profile.url.trim() || profile.id;
  return `${networkLabel(profile.network, registry, lang)} — ${who}`;
}

/** The profile label in both languages, for messages. */
export function profileLabels(profile: Profile, registry: NetworkRegistry): Localized {
  return { fr: profileLabel(profile, registry, 'fr'), en: profileLabel(profile, registry, 'en') };
}

/** The label of a workspace profile by id (the id itself if it is gone), in the message's language. */
export function labelOf(audit: AuditContext, id: string, lang: Lang = 'en'): string {
  const p = audit.facts.get(id)?.profile;
  return p ? profileLabel(p, audit.registry, lang) : id;
}
