import { validateCustomNetworks } from '../../../../shared/domain/networks/registry';
import { FieldLimits, NetworkDefinition, type NetworkDefinitionInput, type NetworkKind } from '../../../../shared/schema/network';
import type { Localized } from '../../../../shared/schema/text';

export const LIMIT_KEYS = ['nameMax', 'headlineMax', 'summaryMin', 'summaryMax', 'keywordsMin', 'keywordsMax'] as const;
export type LimitKey = (typeof LIMIT_KEYS)[number];

/** The custom-network form as typed (strings), before it becomes a definition. */
export interface NetworkForm {
  label: string;
  id: string;
  /** false while the id follows the label. */
  idEdited: boolean;
  kind: NetworkKind;
  host: string;
  path: string;
  follow: boolean;
  wall: boolean;
  keywords: boolean;
  limits: Record<LimitKey, string>;
  /** One custom field label per line. */
  customFields: string;
}

export function slugify(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
}

export function emptyForm(): NetworkForm {
  return {
    label: '', id: '', idEdited: false, kind: 'professional', host: '', path: '/{handle}', follow: false, wall: false, keywords: false,
    limits: { nameMax: '', headlineMax: '', summaryMin: '', summaryMax: '', keywordsMin: '', keywordsMax: '' },
    customFields: '',
  };
}

export function formOf(def: NetworkDefinition): NetworkForm {
  const limits = Object.fromEntries(LIMIT_KEYS.map((k) => [k, def.limits[k] === undefined ? '' : String(def.limits[k])])) as Record<LimitKey, string>;
  return {
    label: def.label, id: def.id, idEdited: true, kind: def.kind, host: def.hosts[0] ?? '', path: def.profilePaths[0] ?? '',
    follow: def.features.follow, wall: def.features.wall, keywords: def.features.keywords, limits,
    customFields: def.customFields.map((f) => f.label).join('\n'),
  };
}

/** "https://www.example.org/" → "example.org": what the registry expects. */
function bare(host: string): string {
  return host.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, '');
}

/** A limit as typed: empty is "no limit"; anything but a whole number is kept as text for zod to refuse. */
function limitValue(text: string): number | string | undefined {
  const s = text.trim();
  if (s === '') return undefined;
  return /^\d+$/.test(s) ? Number(s) : s;
}

export function limitsOf(limits: Record<LimitKey, string>): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  for (const k of LIMIT_KEYS) {
    const v = limitValue(limits[k]);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

export type FormResult = { ok: true; definition: NetworkDefinition } | { ok: false; problems: { field: string; message: Localized }[] };

/** Builds the definition and checks it against the catalog and the client's other networks. */
export function buildNetwork(form: NetworkForm, others: readonly NetworkDefinition[]): FormResult {
  const host = bare(form.host);
  const path = form.path.trim();
  const raw = {
    id: form.id.trim(),
    label: form.label.trim(),
    kind: form.kind,
    hosts: host ? [host] : [],
    profilePaths: path ? [path] : [],
    canonicalUrl: host && path.includes('{handle}') ? `https://${host}${path}` : undefined,
    features: { follow: form.follow, wall: form.wall, keywords: form.keywords },
    limits: limitsOf(form.limits),
    customFields: form.customFields.split('\n').map((l) => l.trim()).filter(Boolean).map((label) => ({ key: slugify(label) || label, label })),
  };
  // A limit typed as text stays text, so the registry's own check words the error.
  const problems = validateCustomNetworks([...others, raw as unknown as NetworkDefinitionInput]).filter((i) => i.index === others.length);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, definition: NetworkDefinition.parse({ ...raw, builtIn: false }) };
}

/** A limit override as typed, or the reason it's refused. */
export function parseOverride(limits: Record<LimitKey, string>): { ok: true; value: FieldLimits } | { ok: false } {
  const parsed = FieldLimits.safeParse(limitsOf(limits));
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false };
}
