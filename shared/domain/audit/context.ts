import type { NetworkDefinition } from '../../schema/network';
import type { Localized } from '../../schema/text';
import type { FactSource, Person, Profile, Workspace } from '../../schema/workspace';
import { isDeclining } from '../networks/catalog';
import { identify } from '../networks/identify';
import { type NetworkRegistry, networkForWorkspace } from '../networks/registry';
import { type InferredTrade, inferTrade, isFreelance } from './trades';
import { lowerPlain, nameKey, shingleHashes, sortedJaccard, titleTokens, words } from './text';
import { isUnder, type UrlKey, urlKey, urlKeyString } from './url';

/**
 * Everything the rules need that is derived from the workspace, computed once.
 * A context is refreshed after an edit with `refreshAuditContext`, which
 * recomputes only what belongs to changed objects; workspaces are treated as
 * immutable values (an edited profile is a new object).
 */
export interface AuditContext {
  ws: Workspace;
  registry: NetworkRegistry;
  person: PersonFacts;
  facts: ReadonlyMap<string, ProfileFacts>;
  /** Profile identity key (see `identityKey`) → profile id. */
  byIdentity: ReadonlyMap<string, string>;
  links: LinkGraph;
  /** Profile id → ids of the other active profiles with (nearly) the same summary. */
  duplicates: ReadonlyMap<string, readonly string[]>;
  /** The name every profile should show, as a `nameKey`: the person's, else the most common one. */
  referenceName: string;
}

export interface PersonFacts {
  person: Person;
  nameKey: string;
  headlineTokens: ReadonlySet<string>;
  websites: readonly UrlKey[];
  /** The trade read from the person's trade, function or positions (null: not recognised). */
  trade: InferredTrade | null;
  /** Works for themselves (goal or wording). */
  freelance: boolean;
  /** Position titles and companies through `lowerPlain`, for the pasted-CV detector. */
  positionTerms: readonly string[];
  /** Folded name parts, to spot the person's own name used as a subject. */
  nameWords: readonly string[];
}

export type IdentifyResult = ReturnType<typeof identify>;

/** What a link of a profile points to, before it is resolved against the other profiles. */
export interface LinkRef {
  raw: string;
  /** Identity key, or null for an unreadable address. */
  key: string | null;
  /** True for one of the person's own websites. */
  site: boolean;
  /** Why the address imitates a network's host (identify's "lookalike-host" message), or null. */
  lookalike: Localized | null;
  /** The file that showed this link on the live profile, or null for a link only declared (typed). */
  seen: FactSource | null;
}

export interface ProfileFacts {
  profile: Profile;
  /** The profile's network; a bare stand-in when the id is not in the registry (a deleted custom network). */
  network: NetworkDefinition;
  /** null for a profile without an address. */
  identified: IdentifyResult | null;
  identity: string | null;
  nameKey: string;
  headlineTokens: ReadonlySet<string>;
  /** The summary through `lowerPlain`, and its shingles: filled on first need (see `summaryPlain`). */
  summaryPlain: string | null;
  summaryShingles: Int32Array | null;
  /** Declared links, then links seen in a file but not declared. */
  links: readonly LinkRef[];
  /** The file that last showed the profile's links (see `linksShownBy`), or null. */
  linksShownBy: FactSource | null;
}

export interface LinkGraph {
  /** Professional, active profiles, in workspace order: the ones cross-linking is about. */
  members: readonly string[];
  /** Member id → member ids it links to directly. */
  direct: ReadonlyMap<string, ReadonlySet<string>>;
  /** Members that link to one of the person's websites (which lists them all). */
  viaSite: ReadonlySet<string>;
}

export interface AuditContextOptions {
  /** A registry to reuse; built from the workspace's custom networks otherwise. */
  registry?: NetworkRegistry;
}

export function createAuditContext(ws: Workspace, options: AuditContextOptions = {}): AuditContext {
  return build(ws, options.registry ?? networkForWorkspace(ws), null);
}

/** The context for an edited workspace, reusing what did not change. */
export function refreshAuditContext(ctx: AuditContext, ws: Workspace): AuditContext {
  if (ws === ctx.ws) return ctx;
  const sameNetworks = ws.customNetworks === ctx.ws.customNetworks && ws.limitOverrides === ctx.ws.limitOverrides;
  return build(ws, sameNetworks ? ctx.registry : networkForWorkspace(ws), sameNetworks ? ctx : null);
}

function build(ws: Workspace, registry: NetworkRegistry, previous: AuditContext | null): AuditContext {
  const person = previous && previous.ws.person === ws.person ? previous.person : personFacts(ws.person);
  const facts = new Map<string, ProfileFacts>();
  const byIdentity = new Map<string, string>();
  const memo: BuildMemo = { identities: new Map(), nameKeys: new Map(), titleTokens: new Map() };
  for (const profile of ws.profiles) {
    const old = previous?.facts.get(profile.id);
    const f = old && old.profile === profile && previous?.person === person ? old : profileFacts(profile, registry, person, memo);
    facts.set(profile.id, f);
    if (f.identity !== null && !byIdentity.has(f.identity)) byIdentity.set(f.identity, profile.id);
  }
  const links = linkGraph(ws, facts, byIdentity);
  return { ws, registry, person, facts, byIdentity, links, duplicates: duplicateSummaries(ws, facts), referenceName: referenceName(ws, person, facts) };
}

function referenceName(ws: Workspace, person: PersonFacts, facts: ReadonlyMap<string, ProfileFacts>): string {
  if (person.nameKey !== '') return person.nameKey;
  const counts = new Map<string, number>();
  let best = '';
  for (const p of ws.profiles) {
    const key = facts.get(p.id)?.nameKey ?? '';
    if (key === '' || p.status !== 'active') continue;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    if (n > (counts.get(best) ?? 0)) best = key;
  }
  return best;
}

/** The person's derived facts (a résumé's person too, see person-audit.ts). */
export function personFacts(person: Person): PersonFacts {
  const websites: UrlKey[] = [];
  for (const w of person.websites) {
    const key = urlKey(w);
    if (key) websites.push(key);
  }
  const positionTerms = new Set<string>();
  for (const p of person.positions) {
    for (const term of [p.title, p.company]) {
      const plain = lowerPlain(term.trim());
      if (plain.length >= 3) positionTerms.add(plain);
    }
  }
  return {
    person,
    nameKey: nameKey(person.displayName),
    headlineTokens: titleTokens(person.headline),
    websites,
    trade: inferTrade(person),
    freelance: isFreelance(person),
    positionTerms: [...positionTerms],
    nameWords: words(person.displayName).filter((w) => w.length >= 2),
  };
}

/**
 * How two addresses are recognised as the same profile: network and handle
 * (case-insensitive) when the catalog knows the address, the address itself otherwise.
 */
interface Identity {
  identified: IdentifyResult | null;
  key: string | null;
}

/**
 * Derived values already worked out in this build, by source text: a profile's
 * address is often another's link, and most profiles repeat the same name and headline.
 */
interface BuildMemo {
  identities: Map<string, Identity>;
  nameKeys: Map<string, string>;
  titleTokens: Map<string, ReadonlySet<string>>;
}

function memoized<T>(memo: Map<string, T>, text: string, derive: (text: string) => T): T {
  let found = memo.get(text);
  if (found === undefined) memo.set(text, (found = derive(text)));
  return found;
}

function identityOf(raw: string, registry: NetworkRegistry, memo: BuildMemo): Identity {
  return memoized(memo.identities, raw, (text) => readIdentity(text, registry));
}

function readIdentity(raw: string, registry: NetworkRegistry): Identity {
  if (raw.trim() === '') return { identified: null, key: null };
  const identified = identify(raw, registry);
  if (identified.ok) {
    const handle = identified.handle.replace(/^@/, '');
    const caseSensitive = registry.get(identified.network)?.handleCaseSensitive === true;
    return { identified, key: `${identified.network}:${caseSensitive ? handle : handle.toLowerCase()}` };
  }
  const key = urlKey(raw);
  return { identified, key: key ? urlKeyString(key) : null };
}

function profileFacts(profile: Profile, registry: NetworkRegistry, person: PersonFacts, memo: BuildMemo): ProfileFacts {
  const own = identityOf(profile.url, registry, memo);
  const shownBy = linksShownBy(profile);
  const seenByKey = new Map<string, FactSource>();
  for (const s of profile.seenLinks) {
    const key = urlKey(s.url);
    // A link seen before the latest file that showed the links, and not again since, is no longer shown.
    if (key && (shownBy === null || !olderThan(s.source, shownBy))) seenByKey.set(urlKeyString(key), s.source);
  }
  const ref = (raw: string): LinkRef => {
    const u = urlKey(raw);
    const site = u !== null && person.websites.some((w) => isUnder(u, w));
    const id = site ? null : identityOf(raw, registry, memo);
    const lookalike = id?.identified && !id.identified.ok && id.identified.code === 'lookalike-host' ? id.identified.message : null;
    return { raw, key: id ? id.key : null, site, lookalike, seen: u === null ? null : (seenByKey.get(urlKeyString(u)) ?? null) };
  };
  const links = profile.links.map(ref);
  const declared = new Set(links.map((l) => urlKey(l.raw)).filter((k): k is UrlKey => k !== null).map(urlKeyString));
  for (const s of profile.seenLinks) {
    const key = urlKey(s.url);
    if (key && seenByKey.has(urlKeyString(key)) && !declared.has(urlKeyString(key))) {
      declared.add(urlKeyString(key));
      links.push(ref(s.url));
    }
  }
  return {
    profile,
    network: registry.get(profile.network) ?? unknownNetwork(profile.network),
    identified: own.identified,
    identity: own.key,
    nameKey: memoized(memo.nameKeys, profile.displayName, nameKey),
    headlineTokens: memoized(memo.titleTokens, profile.headline, titleTokens),
    summaryPlain: null,
    summaryShingles: null,
    links,
    linksShownBy: shownBy,
  };
}

/**
 * The file that showed the profile's links, when the links fact was last
 * learnt from one (not typed): a declared link it did not show is no longer on
 * the live profile, since a seen link settles the question.
 */
export function linksShownBy(profile: Profile): FactSource | null {
  const { state, source } = profile.facts.links;
  if (state === 'unchecked' || source === null || source.kind === 'typed' || source.kind === 'person') return null;
  return source;
}

/** Whether `a` is dated strictly before `b`; an undated source is never older. */
function olderThan(a: FactSource, b: FactSource): boolean {
  return a.at !== null && b.at !== null && a.at < b.at;
}

/** Cross-linking is about active professional profiles on live networks: a declining network's profile is never asked for links, nor makes another isolated. */
export function isLinkMember(profile: Profile, network: NetworkDefinition | undefined): boolean {
  return profile.audience === 'professional' && profile.status === 'active' && !(network && isDeclining(network));
}

function linkGraph(ws: Workspace, facts: ReadonlyMap<string, ProfileFacts>, byIdentity: ReadonlyMap<string, string>): LinkGraph {
  const members = ws.profiles.filter((p) => isLinkMember(p, facts.get(p.id)?.network)).map((p) => p.id);
  const direct = new Map<string, Set<string>>();
  const viaSite = new Set<string>();
  for (const id of members) {
    const out = new Set<string>();
    for (const link of facts.get(id)?.links ?? []) {
      if (link.site) viaSite.add(id);
      const target = link.key === null ? undefined : byIdentity.get(link.key);
      if (target !== undefined && target !== id) out.add(target);
    }
    direct.set(id, out);
  }
  return { members, direct, viaSite };
}

/** Two summaries are duplicates at a word 3-shingle Jaccard similarity of 0.8 or more. */
export const DUPLICATE_SUMMARY_SIMILARITY = 0.8;
/** Summaries shorter than this are too short to call copies. */
const DUPLICATE_MIN_CHARS = 60;

function duplicateSummaries(ws: Workspace, facts: Map<string, ProfileFacts>): Map<string, string[]> {
  const candidates = ws.profiles.filter((p) => p.status === 'active' && p.summary.length >= DUPLICATE_MIN_CHARS);
  const out = new Map<string, string[]>();
  for (let i = 0; i < candidates.length; i++) {
    for (let j = i + 1; j < candidates.length; j++) {
      const a = candidates[i]!;
      const b = candidates[j]!;
      if (!similarSummaries(a, b, facts)) continue;
      out.set(a.id, [...(out.get(a.id) ?? []), b.id]);
      out.set(b.id, [...(out.get(b.id) ?? []), a.id]);
    }
  }
  return out;
}

function similarSummaries(a: Profile, b: Profile, facts: Map<string, ProfileFacts>): boolean {
  if (a.summary === b.summary) return true;
  const fa = facts.get(a.id)!;
  const fb = facts.get(b.id)!;
  // Jaccard ≥ 0.8 needs sets of close sizes; lengths approximate set sizes,
  // so a looser bound skips the shingling of clearly different summaries.
  if (Math.min(a.summary.length, b.summary.length) < 0.7 * Math.max(a.summary.length, b.summary.length)) return false;
  return sortedJaccard(shinglesOf(fa), shinglesOf(fb)) >= DUPLICATE_SUMMARY_SIMILARITY;
}

/** Derived summary forms are computed on first need and cached on the (immutable) profile's facts. */
export function summaryPlain(f: ProfileFacts): string {
  f.summaryPlain ??= lowerPlain(f.profile.summary);
  return f.summaryPlain;
}

function shinglesOf(f: ProfileFacts): Int32Array {
  f.summaryShingles ??= shingleHashes(summaryPlain(f));
  return f.summaryShingles;
}

/** Lets a profile of a vanished network still be audited on what does not depend on the network. */
function unknownNetwork(id: string): NetworkDefinition {
  return {
    id, label: id, kind: 'professional', builtIn: false, legacy: false, hosts: [], profilePaths: [], reservedHandles: [],
    nonProfilePaths: [], fediverse: false, limits: {}, recommendedFields: ['photo', 'displayName', 'headline', 'summary'],
    trades: [], features: { follow: false, wall: false, keywords: false }, customFields: [],
  };
}
