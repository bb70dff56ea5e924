import type { ImportIssue, ImportPlan } from '../../schema/import-plan';
import type { Lang } from '../../schema/text';
import { FACT_NAMES, type Person, type Position, type Post, type Profile, type Workspace } from '../../schema/workspace';
import { missingFrom, sameCertification, sameEducation } from './career';
import { diffWorkspaces } from './diff';
import { cloneJson } from './factory';
import { languageKey } from './language';
import { sameProfile, urlKey } from './profile-key';

export interface MergeOptions {
  /** merge: keep the target and fill its gaps; replace: take everything from the file but the workspace id. */
  mode: 'merge' | 'replace';
  /** Becomes the result's updatedAt when something changes. */
  now?: Date;
  lang?: Lang;
  /** Network label for previews ("LinkedIn"); defaults to the network id. */
  networkLabel?: (id: string) => string;
  format?: ImportPlan['format'];
  /** Where incoming profile i came from, for issues; defaults to "workspace.profiles[i]". */
  profileSource?: (index: number) => string;
}

type Issues = ImportIssue[];

/**
 * Plans bringing `incoming` into `target` without touching either: profiles
 * are matched by network + handle (any case) or by page URL and only their
 * empty fields are filled; conflicting values are kept and reported.
 */
export function mergeWorkspaces(target: Workspace, incoming: Workspace, options: MergeOptions): ImportPlan {
  const { mode, now, lang = 'en', networkLabel = (id: string) => id, format = 'vitrine-workspace' } = options;
  const issues: Issues = [];
  const result = mode === 'replace'
    ? { ...cloneJson(incoming), id: target.id }
    : mergeInto(cloneJson(target), cloneJson(incoming), issues, lang, options.profileSource ?? ((i) => `workspace.profiles[${i}]`));
  const changes = diffWorkspaces(target, result, networkLabel);
  result.updatedAt = changes.length > 0 && now ? now.toISOString() : (mode === 'replace' ? incoming.updatedAt : target.updatedAt);
  return { format, result, changes, issues, read: { profiles: incoming.profiles.length, posts: incoming.posts.length } };
}

function conflict(issues: Issues, where: string, kept: string, offered: string, lang: Lang): void {
  const short = (s: string): string => JSON.stringify(s.length > 80 ? `${s.slice(0, 80)}…` : s);
  issues.push({
    level: 'skipped', file: null, where,
    message: lang === 'fr'
      ? `valeur existante conservée (${short(kept)}) ; le fichier propose ${short(offered)}`
      : `kept the existing value (${short(kept)}); the file has ${short(offered)}`,
  });
}

/** Fills `into[field]` when empty; reports a different non-empty value as skipped. */
function fillText<T extends Record<K, string>, K extends keyof T & string>(
  into: T, from: T, field: K, where: string, issues: Issues, lang: Lang,
): void {
  const mine = into[field].trim();
  const theirs = from[field].trim();
  if (theirs === '' || mine.toLowerCase() === theirs.toLowerCase()) return;
  if (mine === '') into[field] = from[field];
  else conflict(issues, `${where}.${field}`, into[field], from[field], lang);
}

function union<T>(into: T[], from: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set(into.map(key));
  const out = [...into];
  for (const item of from) {
    const k = key(item);
    if (!seen.has(k)) { seen.add(k); out.push(item); }
  }
  return out;
}

const lower = (s: string): string => s.trim().toLowerCase();

/**
 * The same job in two languages (a French and an English résumé) shares its
 * start date and company, give or take a suffix ("Objet Direct, racheté par
 * VISEO" / "VISEO"); its title is translated, so it is not compared.
 */
function samePosition(a: Position, b: Position): boolean {
  const [ca, cb] = [lower(a.company), lower(b.company)];
  if (ca === '' || cb === '') return ca === cb && lower(a.title) === lower(b.title) && a.start === b.start;
  return a.start === b.start && (ca.includes(cb) || cb.includes(ca));
}

function mergePerson(into: Person, from: Person, issues: Issues, lang: Lang): void {
  for (const field of ['displayName', 'headline', 'summary', 'location', 'image', 'trade'] as const) {
    fillText(into, from, field, 'person', issues, lang);
  }
  if (into.goal === 'other') into.goal = from.goal;
  into.languages = union(into.languages, from.languages, languageKey);
  into.skills = union(into.skills, from.skills, lower);
  into.websites = union(into.websites, from.websites, urlKey);
  into.positions = [...into.positions, ...from.positions.filter((p) => !into.positions.some((q) => samePosition(p, q)))];
  into.education = [...into.education, ...missingFrom(into.education, from.education, sameEducation)];
  into.certifications = [...into.certifications, ...missingFrom(into.certifications, from.certifications, sameCertification)];
}

function mergeProfile(into: Profile, from: Profile, where: string, issues: Issues, lang: Lang): void {
  for (const field of ['url', 'handle', 'displayName', 'headline', 'summary', 'location', 'notes'] as const) {
    fillText(into, from, field, where, issues, lang);
  }
  // An incoming picture file fills a profile that had no copy of it.
  if (into.photo.file === undefined && from.photo.file !== undefined) into.photo = from.photo;
  // What one side checked and the other did not is knowledge gained; a checked fact is kept.
  for (const fact of FACT_NAMES) if (into.facts[fact].state === 'unchecked' && from.facts[fact].state !== 'unchecked') into.facts[fact] = from.facts[fact];
  into.seenLinks = union(into.seenLinks, from.seenLinks, (s) => urlKey(s.url));
  into.links = union(into.links, from.links, urlKey);
  into.keywords = union(into.keywords, from.keywords, lower);
  into.followOpen ??= from.followOpen;
  into.wallRestricted ??= from.wallRestricted;
  if (from.lastReviewed !== null && (into.lastReviewed === null || from.lastReviewed > into.lastReviewed)) into.lastReviewed = from.lastReviewed;
  into.theme ??= from.theme;
  into.cadence ??= from.cadence;
  addMissingKeys(into.customFields, from.customFields);
}

function addMissingKeys<T>(into: Record<string, T>, from: Readonly<Record<string, T>>): void {
  for (const [key, value] of Object.entries(from)) if (!Object.hasOwn(into, key)) into[key] = value;
}

function uniqueId(id: string, taken: Set<string>): string {
  let candidate = id;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${id}-${n}`;
  taken.add(candidate);
  return candidate;
}

function mergeInto(ws: Workspace, incoming: Workspace, issues: Issues, lang: Lang, profileSource: (i: number) => string): Workspace {
  mergePerson(ws.person, incoming.person, issues, lang);

  const profileIds = new Set(ws.profiles.map((p) => p.id));
  const idMap = new Map<string, string>();
  incoming.profiles.forEach((profile, index) => {
    const match = ws.profiles.find((p) => sameProfile(p, profile));
    if (match) {
      mergeProfile(match, profile, profileSource(index), issues, lang);
      idMap.set(profile.id, match.id);
    } else {
      const id = uniqueId(profile.id, profileIds);
      ws.profiles.push({ ...profile, id });
      idMap.set(profile.id, id);
    }
  });

  ws.posts = mergePosts(ws.posts, incoming.posts, idMap, issues, lang);

  const networkIds = new Set(ws.customNetworks.map((n) => n.id));
  for (const network of incoming.customNetworks) {
    if (!networkIds.has(network.id)) ws.customNetworks.push(network);
    else if (JSON.stringify(ws.customNetworks.find((n) => n.id === network.id)) !== JSON.stringify(network)) {
      issues.push({
        level: 'skipped', file: null, where: `workspace.customNetworks.${network.id}`,
        message: lang === 'fr' ? `le réseau personnalisé « ${network.label} » existe déjà ; il est conservé tel quel` : `custom network "${network.label}" already exists; kept as is`,
      });
    }
  }
  addMissingKeys(ws.limitOverrides, incoming.limitOverrides);
  const dismissed = new Set(ws.dismissals.map((d) => d.key));
  for (const d of incoming.dismissals) {
    if (!dismissed.has(d.key)) ws.dismissals.push({ ...d, profileId: d.profileId === null ? null : (idMap.get(d.profileId) ?? null) });
  }
  return ws;
}

const sourceKey = (post: Post): string | null => (post.source ? `${post.source.kind}|${post.source.externalId}` : null);

function mergePosts(posts: Post[], incoming: readonly Post[], idMap: ReadonlyMap<string, string>, issues: Issues, lang: Lang): Post[] {
  const ids = new Set(posts.map((p) => p.id));
  const sources = new Set(posts.map(sourceKey).filter((k) => k !== null));
  let skipped = 0;
  const out = [...posts];
  for (const post of incoming) {
    const source = sourceKey(post);
    if (ids.has(post.id) || (source !== null && sources.has(source))) { skipped += 1; continue; }
    ids.add(post.id);
    if (source !== null) sources.add(source);
    out.push({ ...post, profileId: post.profileId === null ? null : (idMap.get(post.profileId) ?? null) });
  }
  if (skipped > 0) {
    issues.push({
      level: 'skipped', file: null, where: 'workspace.posts',
      message: lang === 'fr' ? (skipped > 1 ? `${skipped} publications déjà présentes, ignorées` : `${skipped} publication déjà présente, ignorée`) : `${skipped} ${skipped === 1 ? 'post' : 'posts'} already present, skipped`,
    });
  }
  return out;
}
