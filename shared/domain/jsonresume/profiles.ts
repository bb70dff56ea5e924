import type { Profile } from '../../schema/workspace';
import { canonicalize, identify, type IdentifyResult } from '../networks/identify';
import { matchNetworkName } from '../networks/match-name';
import type { NetworkRegistry } from '../networks/registry';
import { newProfile } from '../workspace/factory';
import { type Json, Reader } from './read';

export interface UncertainNetwork {
  /** Index in basics.profiles. */
  index: number;
  /** The network name as written ("GiHub"). */
  name: string;
  /** The network id guessed ("github"), imported until the user says otherwise. */
  guess: string;
  /** The profile this entry became in the plan's result; '' when it merged into an existing one. */
  profileId: string;
}

export interface ReadProfiles {
  profiles: Profile[];
  /** basics.profiles index of each imported profile. */
  sources: number[];
  uncertain: UncertainNetwork[];
}

// Profile field limits (shared/schema/workspace.ts).
const URL_MAX = 2048;
const HANDLE_MAX = 200;

/** A pasted link without its query and fragment (Malt's "?overview", tracking tags). */
function withoutQuery(url: string): string {
  return url.replace(/[?#].*$/, '').slice(0, URL_MAX);
}

/** Whether the résumé's username names the same account as the URL's handle ("lena" ~ "lena@hachyderm.io"). */
function sameHandle(username: string, handle: string): boolean {
  const a = username.replace(/^@/, '').toLowerCase();
  const b = handle.toLowerCase();
  return a === b || b.startsWith(`${a}@`);
}

/** Failures after which the pasted URL is still worth keeping for the audit to flag. */
const KEEPABLE = new Set(['lookalike-host', 'unknown-network', 'not-a-profile', 'reserved-path', 'invalid-handle']);

interface Entry { index: number; name: string; username: string; url: string }

export function readProfiles(reader: Reader, basics: Json, registry: NetworkRegistry, idGen: () => string): ReadProfiles {
  const out: ReadProfiles = { profiles: [], sources: [], uncertain: [] };
  for (const { item, index } of reader.objects(basics, 'profiles', 'basics')) {
    const where = `basics.profiles[${index}]`;
    const entry: Entry = {
      index,
      name: reader.text(item, 'network', where),
      username: reader.clip(reader.text(item, 'username', where), HANDLE_MAX, `${where}.username`),
      url: reader.text(item, 'url', where),
    };
    const profile = readOne(reader, entry, registry, out.uncertain);
    const guessed = out.uncertain.at(-1)?.index === index ? out.uncertain.at(-1) : undefined;
    if (!profile) {
      if (guessed) out.uncertain.pop(); // nothing imported, nothing to confirm
      continue;
    }
    const id = idGen();
    out.profiles.push(newProfile(profile.network, { url: profile.url.slice(0, URL_MAX), handle: profile.handle.slice(0, HANDLE_MAX), id }));
    out.sources.push(index);
    if (guessed) guessed.profileId = id;
  }
  return out;
}

function readOne(reader: Reader, entry: Entry, registry: NetworkRegistry, uncertain: UncertainNetwork[]): Pick<Profile, 'network' | 'url' | 'handle'> | null {
  const where = `basics.profiles[${entry.index}]`;
  const named = entry.name ? matchNetworkName(entry.name, registry) : null;
  const fromUrl: IdentifyResult | null = entry.url ? identify(entry.url, registry) : null;

  if (fromUrl?.ok) {
    if (named && named.network !== fromUrl.network) {
      reader.note('warning', `${where}.network`,
        `le réseau indiqué (« ${entry.name} ») ne correspond pas au lien, qui est un profil ${label(registry, fromUrl.network)} ; le lien l’emporte`,
        `the network given ("${entry.name}") does not match the link, which is a ${label(registry, fromUrl.network)} profile; the link wins`);
    }
    if (entry.username && !sameHandle(entry.username, fromUrl.handle)) {
      reader.note('warning', `${where}.username`,
        `le nom d’utilisateur « ${entry.username} » diffère de celui du lien (« ${fromUrl.handle} ») ; les deux sont gardés pour l’audit`,
        `the username "${entry.username}" differs from the link's ("${fromUrl.handle}"); both are kept for the audit`);
      return { network: fromUrl.network, url: fromUrl.canonicalUrl, handle: entry.username };
    }
    return { network: fromUrl.network, url: fromUrl.canonicalUrl, handle: fromUrl.handle };
  }

  if (!named) {
    const why = fromUrl && !fromUrl.ok ? ` (${fromUrl.message[reader.lang]})` : '';
    reader.note('skipped', where,
      entry.name ? `réseau « ${entry.name} » inconnu${why} ; ajoutez-le comme réseau personnalisé pour l’importer` : `ni réseau reconnu ni lien de profil${why}`,
      entry.name ? `unknown network "${entry.name}"${why}; add it as a custom network to import it` : `no known network and no profile link${why}`);
    return null;
  }
  // Only the name tells the network from here on: a typo-matched name needs the user's word.
  if (named.confidence === 'fuzzy') uncertain.push({ index: entry.index, name: entry.name, guess: named.network, profileId: '' });

  const built = entry.username ? canonicalize(named.network, entry.username, registry) : null;
  if (built?.ok) {
    if (entry.url) {
      reader.note('warning', `${where}.url`, `le lien « ${entry.url} » ne mène pas à un profil ; reconstruit depuis le nom d’utilisateur`,
        `the link "${entry.url}" does not lead to a profile; rebuilt from the username`);
    }
    return { network: built.network, url: built.canonicalUrl, handle: built.handle };
  }
  if (fromUrl && !fromUrl.ok && KEEPABLE.has(fromUrl.code)) {
    reader.note('warning', `${where}.url`, `${fromUrl.message.fr} Lien gardé tel quel.`, `${fromUrl.message.en} Link kept as is.`);
    return { network: named.network, url: withoutQuery(entry.url), handle: entry.username };
  }
  if (!built) {
    const why = fromUrl && !fromUrl.ok ? ` (${fromUrl.message[reader.lang]})` : '';
    reader.note('skipped', where, `profil ${label(registry, named.network)} sans lien ni nom d’utilisateur${why}`,
      `${label(registry, named.network)} profile with neither a link nor a username${why}`);
    return null;
  }
  reader.note('warning', `${where}.username`, `${built.message.fr} Gardé sans lien.`, `${built.message.en} Kept without a link.`);
  return { network: named.network, url: '', handle: entry.username };
}

function label(registry: NetworkRegistry, id: string): string {
  return registry.get(id)?.label ?? id;
}
