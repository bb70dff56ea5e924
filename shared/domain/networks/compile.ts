import type { NetworkDefinition } from '../../schema/network';
import type { Localized } from '../../schema/text';

/*
 * A network definition turned into ready-to-run matchers, so that identifying a URL costs a
 * host lookup, a few string compares and one regex test. Compiling also validates a
 * user-defined network: every problem is reported with the field it comes from.
 */

export type TemplateSegment =
  | { kind: 'literal'; text: string }
  | { kind: 'any' }
  | { kind: 'handle'; prefix: string; suffix: string };

export interface PathTemplate {
  segments: TemplateSegment[];
  /** Query parameter holding the handle ("id" in /profile.php?id={handle}), else null. */
  queryKey: string | null;
  /** Index of the handle segment (−1 for a query template). */
  handleIndex: number;
}

export interface NonProfileRule {
  /** Lower-case segments, "*" matching any one. */
  segments: string[];
  why: Localized;
}

export interface CompiledNetwork {
  def: NetworkDefinition;
  templates: PathTemplate[];
  /** Rules starting with a fixed segment (/company/), checked before reserved words. */
  nonProfileFixed: NonProfileRule[];
  /** Rules starting with "*" (X's /user/status/), checked after, so /settings/x stays "reserved". */
  nonProfileWild: NonProfileRule[];
  /** Reserved first segments, minus those a template uses as a literal ("profile.php"). */
  reserved: ReadonlySet<string>;
  handle: RegExp;
  caseSensitive: boolean;
  /** canonicalUrl split around {handle}; null when the network has none (fediverse, some custom). */
  canonical: { before: string; after: string } | null;
}

export interface CompileProblem {
  field: string;
  message: Localized;
}

/** Lets through what a URL path segment may hold; used when a network gives no pattern. */
const DEFAULT_HANDLE = "[\\p{L}\\p{M}\\p{N}._~'-]{1,200}";
const PLACEHOLDER = '{handle}';

function problem(field: string, en: string, fr: string): CompileProblem {
  return { field, message: { en, fr } };
}

function parseSegment(raw: string): TemplateSegment {
  if (raw === '*') return { kind: 'any' };
  const at = raw.indexOf(PLACEHOLDER);
  if (at < 0) return { kind: 'literal', text: raw.toLowerCase() };
  return { kind: 'handle', prefix: raw.slice(0, at).toLowerCase(), suffix: raw.slice(at + PLACEHOLDER.length).toLowerCase() };
}

function parseTemplate(template: string, field: string, problems: CompileProblem[]): PathTemplate | null {
  const count = template.split(PLACEHOLDER).length - 1;
  if (!template.startsWith('/') || count !== 1) {
    problems.push(problem(field, `"${template}" must start with "/" and hold {handle} exactly once.`, `« ${template} » doit commencer par « / » et contenir {handle} une seule fois.`));
    return null;
  }
  const [path = '', query] = template.split('?');
  const segments = path.split('/').filter((s) => s !== '').map(parseSegment);
  if (query !== undefined) {
    const [key, value] = query.split('=');
    if (!key || value !== PLACEHOLDER || segments.some((s) => s.kind === 'handle')) {
      problems.push(problem(field, `"${template}": a query form must read "?key={handle}".`, `« ${template} » : la forme avec paramètre doit être « ?clé={handle} ».`));
      return null;
    }
    return { segments, queryKey: key, handleIndex: -1 };
  }
  return { segments, queryKey: null, handleIndex: segments.findIndex((s) => s.kind === 'handle') };
}

function compileHandle(def: NetworkDefinition, problems: CompileProblem[]): RegExp {
  try {
    return new RegExp(`^(?:${def.handlePattern ?? DEFAULT_HANDLE})$`, 'iu');
  } catch {
    problems.push(problem('handlePattern', `"${def.handlePattern ?? ''}" is not a valid regular expression.`, `« ${def.handlePattern ?? ''} » n’est pas une expression régulière valide.`));
    return new RegExp(`^(?:${DEFAULT_HANDLE})$`, 'iu');
  }
}

function compileCanonical(def: NetworkDefinition, problems: CompileProblem[]): CompiledNetwork['canonical'] {
  if (def.canonicalUrl === undefined) return null;
  const parts = def.canonicalUrl.split(PLACEHOLDER);
  if (parts.length !== 2 || !/^https?:\/\/[^/?#]+/i.test(def.canonicalUrl)) {
    problems.push(problem('canonicalUrl', `"${def.canonicalUrl}" must be an http(s) address holding {handle} once.`, `« ${def.canonicalUrl} » doit être une adresse http(s) contenant {handle} une seule fois.`));
    return null;
  }
  return { before: parts[0] ?? '', after: parts[1] ?? '' };
}

export function compileNetwork(def: NetworkDefinition): { compiled: CompiledNetwork; problems: CompileProblem[] } {
  const problems: CompileProblem[] = [];
  const templates: PathTemplate[] = [];
  def.profilePaths.forEach((t, i) => {
    const parsed = parseTemplate(t, `profilePaths[${i}]`, problems);
    if (parsed) templates.push(parsed);
  });
  const literalFirsts = new Set(templates.map((t) => t.segments[0]).flatMap((s) => (s?.kind === 'literal' ? [s.text] : [])));
  const reserved = new Set(def.reservedHandles.map((r) => r.toLowerCase()).filter((r) => !literalFirsts.has(r)));
  const rules = def.nonProfilePaths.map((p) => ({
    segments: p.prefix.toLowerCase().split('/').filter((s) => s !== ''),
    why: { en: p.reason, fr: p.reasonFr ?? p.reason },
  }));
  const compiled: CompiledNetwork = {
    def,
    templates,
    nonProfileFixed: rules.filter((r) => r.segments[0] !== '*'),
    nonProfileWild: rules.filter((r) => r.segments[0] === '*'),
    reserved,
    handle: compileHandle(def, problems),
    caseSensitive: def.handleCaseSensitive === true,
    canonical: compileCanonical(def, problems),
  };
  return { compiled, problems };
}

/** Registrable host as stored: lower case, without "www." or a trailing dot. */
export function bareHost(host: string): string {
  const lower = host.toLowerCase();
  const h = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  return h.startsWith('www.') ? h.slice(4) : h;
}
