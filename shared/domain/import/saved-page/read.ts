import { mf2 } from 'microformats-parser';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** What a profile page saved from the browser says about its owner, from markup meant for machines. */
export interface SavedPage {
  /** `<link rel="canonical">`, else `og:url`: which page (network and profile) this is. */
  canonical: string | null;
  name: string;
  headline: string;
  description: string;
  /** Whether the page shows a picture of the person (its address is never fetched). */
  hasImage: boolean;
  /** Addresses the person lists as their own: JSON-LD `sameAs`/`url`, h-card `url`, `rel="me"`. */
  links: string[];
  /** Which readers found something: 'json-ld', 'opengraph', 'h-card', 'rel-me'. */
  found: string[];
}

/** Beyond this depth the page is hostile or broken: the microformats pass (recursive) is skipped. */
const MAX_DEPTH = 500;

/**
 * Reads a saved page with parse5 (a spec-compliant parser: no script runs,
 * nothing referenced is fetched, it only builds a tree). JSON-LD `Person`,
 * OpenGraph and the canonical address come from that tree; `h-card` and
 * `rel="me"` from microformats-parser.
 */
export function readSavedPage(html: string): SavedPage {
  const doc = parse(html);
  const page: SavedPage = { canonical: null, name: '', headline: '', description: '', hasImage: false, links: [], found: [] };
  const og: Record<string, string> = {};
  const ldPersons: Record<string, unknown>[] = [];
  let depth = 0;
  // Iterative walk: a deeply nested page must not exhaust the stack.
  const stack: { node: Node; depth: number }[] = [{ node: doc, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth: d } = stack.pop() as { node: Node; depth: number };
    depth = Math.max(depth, d);
    if ('tagName' in node) visit(node, og, ldPersons, page);
    const children = 'childNodes' in node ? node.childNodes : [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as Node, depth: d + 1 });
    if ('content' in node && node.content) stack.push({ node: node.content as Node, depth: d + 1 });
  }
  page.canonical ??= absolute(og['og:url']);
  const person = ldPersons[0];
  if (person) {
    page.found.push('json-ld');
    page.name = text(person.name);
    page.headline = text(person.jobTitle);
    page.description = text(person.description);
    page.hasImage ||= person.image !== undefined && person.image !== null && person.image !== '';
    for (const url of [...list(person.sameAs), ...list(person.url)]) addLink(page, url);
  }
  if (Object.keys(og).length > 0) {
    page.found.push('opengraph');
    page.name ||= og['og:title'] ?? og['profile:username'] ?? '';
    page.description ||= og['og:description'] ?? '';
    page.hasImage ||= (og['og:image'] ?? '') !== '';
  }
  if (depth <= MAX_DEPTH) readMicroformats(html, page);
  return page;
}

function visit(el: Element, og: Record<string, string>, persons: Record<string, unknown>[], page: SavedPage): void {
  const attr = (name: string) => el.attrs.find((a) => a.name === name)?.value ?? '';
  if (el.tagName === 'link' && rels(attr('rel')).includes('canonical')) page.canonical ??= absolute(attr('href'));
  if (el.tagName === 'meta') {
    const key = (attr('property') || attr('name')).toLowerCase();
    if (/^(og|profile):/.test(key) && !(key in og)) og[key] = attr('content').trim();
  }
  if (el.tagName === 'script' && attr('type').toLowerCase() === 'application/ld+json') {
    const body = el.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
    try {
      collectPersons(JSON.parse(body) as unknown, persons, 0);
    } catch {
      // Broken JSON-LD holds nothing we can read; the other readers still run.
    }
  }
}

/** `Person` objects anywhere in JSON-LD: top level, in `@graph`, or as a ProfilePage's `mainEntity`. */
function collectPersons(value: unknown, out: Record<string, unknown>[], depth: number): void {
  if (depth > 8 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collectPersons(v, out, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  if (list(record['@type']).includes('Person')) out.push(record);
  for (const key of ['@graph', 'mainEntity', 'author', 'about']) collectPersons(record[key], out, depth + 1);
}

function readMicroformats(html: string, page: SavedPage): void {
  let parsed: ReturnType<typeof mf2>;
  try {
    parsed = mf2(html, { baseUrl: page.canonical ?? 'https://saved-page.invalid/' });
  } catch {
    return;
  }
  const card = parsed.items.find((i) => i.type?.includes('h-card'));
  if (card) {
    page.found.push('h-card');
    const prop = (name: string) => (card.properties[name] ?? []).map(propertyText).filter((v) => v !== '');
    page.name ||= prop('name')[0] ?? '';
    page.headline ||= prop('job-title')[0] ?? prop('role')[0] ?? '';
    page.description ||= prop('note')[0] ?? '';
    page.hasImage ||= prop('photo').length > 0;
    for (const url of prop('url')) addLink(page, url);
  }
  const me = (parsed.rels.me ?? []).filter((u) => !u.startsWith('https://saved-page.invalid/'));
  if (me.length > 0) page.found.push('rel-me');
  for (const url of me) addLink(page, url);
}

function propertyText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (value && typeof value === 'object' && 'value' in value) return String((value as { value?: unknown }).value ?? '').trim();
  return '';
}

function addLink(page: SavedPage, raw: string): void {
  const url = absolute(raw);
  if (url !== null && url !== page.canonical && !page.links.includes(url)) page.links.push(url);
}

function absolute(raw: string | undefined): string | null {
  const value = (raw ?? '').trim();
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

function rels(value: string): string[] {
  return value.toLowerCase().split(/\s+/);
}

function list(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}
