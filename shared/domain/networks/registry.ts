import { FieldLimits, NetworkDefinition, type NetworkDefinitionInput } from '../../schema/network';
import type { Localized } from '../../schema/text';
import type { Workspace } from '../../schema/workspace';
import { BUILTIN_NETWORKS } from './catalog';
import { bareHost, type CompiledNetwork, compileNetwork } from './compile';

/** A user-defined network or limit override that was left out, and why. */
export interface NetworkIssue {
  /** Position in the custom list (−1 for a limit override). */
  index: number;
  id: string;
  /** The offending field, e.g. "id", "hosts[0]", "limitOverrides.linkedin.headlineMax". */
  field: string;
  message: Localized;
}

export interface NetworkRegistry {
  get(id: string): NetworkDefinition | undefined;
  /** Built-ins first (catalog order), then the valid user-defined networks. */
  all(): readonly NetworkDefinition[];
  /** The network's limits with the user's overrides applied ({} for an unknown id). */
  limitsFor(id: string): FieldLimits;
  /** Networks that are a must for a trade tag ("pharmacist", "freelance", "developer", "designer"). */
  byTrade(trade: string): NetworkDefinition[];
  /** What was refused while building (a registry never throws for bad user data). */
  readonly issues: readonly NetworkIssue[];
}

/** What identify() runs on: every network compiled, hosts indexed. */
export interface CompiledRegistry {
  byId: ReadonlyMap<string, CompiledNetwork>;
  /** Bare host ("linkedin.com") → network. */
  byHost: ReadonlyMap<string, CompiledNetwork>;
  /** First label of a known host ("linkedin") → network label, to spot look-alike hosts. Fediverse hosts excluded. */
  brands: ReadonlyMap<string, string>;
  /** Networks accepting `@user@host` and /@user on any host, in registry order. */
  fediverse: readonly CompiledNetwork[];
}

const COMPILED = new WeakMap<NetworkRegistry, CompiledRegistry>();

const BUILTIN_COMPILED: readonly CompiledNetwork[] = BUILTIN_NETWORKS.map((d) => compileNetwork(d).compiled);

function issue(index: number, id: string, field: string, en: string, fr: string): NetworkIssue {
  return { index, id, field, message: { en, fr } };
}

/** Parses, compiles and checks user-defined networks against the built-ins and each other. */
function admitCustom(custom: readonly NetworkDefinitionInput[], issues: NetworkIssue[]): CompiledNetwork[] {
  const admitted: CompiledNetwork[] = [];
  const ids = new Set(BUILTIN_NETWORKS.map((n) => n.id));
  const hosts = new Map<string, string>(BUILTIN_NETWORKS.flatMap((n) => n.hosts.map((h) => [bareHost(h), n.id] as const)));
  custom.forEach((raw, index) => {
    const rawId = typeof raw === 'object' && raw !== null && typeof raw.id === 'string' ? raw.id : `#${index + 1}`;
    const parsed = NetworkDefinition.safeParse({ ...raw, builtIn: false });
    if (!parsed.success) {
      for (const zi of parsed.error.issues) {
        const field = zi.path.map(String).join('.') || '(network)';
        issues.push(issue(index, rawId, field, `Custom network "${rawId}", field ${field}: ${zi.message}.`, `Réseau personnalisé « ${rawId} », champ ${field} : ${zi.message}.`));
      }
      return;
    }
    const def = parsed.data;
    const before = issues.length;
    if (ids.has(def.id)) {
      const builtIn = BUILTIN_NETWORKS.some((n) => n.id === def.id);
      issues.push(builtIn
        ? issue(index, def.id, 'id', `Custom network id "${def.id}" is already a built-in network; pick another id.`, `L’identifiant « ${def.id} » est déjà celui d’un réseau intégré ; choisissez-en un autre.`)
        : issue(index, def.id, 'id', `Custom network id "${def.id}" is used twice.`, `L’identifiant de réseau « ${def.id} » est utilisé deux fois.`));
    }
    def.hosts.forEach((h, i) => {
      const owner = hosts.get(bareHost(h));
      if (owner !== undefined) issues.push(issue(index, def.id, `hosts[${i}]`, `Host "${h}" already belongs to network "${owner}".`, `L’hôte « ${h} » appartient déjà au réseau « ${owner} ».`));
    });
    const { compiled, problems } = compileNetwork(def);
    for (const p of problems) issues.push({ index, id: def.id, field: p.field, message: p.message });
    if (issues.length > before) return;
    ids.add(def.id);
    for (const h of def.hosts) hosts.set(bareHost(h), def.id);
    admitted.push(compiled);
  });
  return admitted;
}

function admitOverrides(overrides: Readonly<Record<string, FieldLimits>>, issues: NetworkIssue[]): Map<string, FieldLimits> {
  const valid = new Map<string, FieldLimits>();
  for (const [id, raw] of Object.entries(overrides)) {
    const parsed = FieldLimits.safeParse(raw);
    if (parsed.success) {
      valid.set(id, parsed.data);
      continue;
    }
    for (const zi of parsed.error.issues) {
      const field = ['limitOverrides', id, ...zi.path.map(String)].join('.');
      issues.push(issue(-1, id, field, `Limit override ${field}: ${zi.message}.`, `Limite personnalisée ${field} : ${zi.message}.`));
    }
  }
  return valid;
}

function index(networks: readonly CompiledNetwork[]): CompiledRegistry {
  const byId = new Map<string, CompiledNetwork>();
  const byHost = new Map<string, CompiledNetwork>();
  const brands = new Map<string, string>();
  for (const n of networks) {
    byId.set(n.def.id, n);
    for (const h of n.def.hosts) {
      const host = bareHost(h);
      byHost.set(host, n);
      const brand = host.split('.')[0];
      if (brand !== undefined && !n.def.fediverse && host.includes('.')) brands.set(brand, n.def.label);
    }
  }
  return { byId, byHost, brands, fediverse: networks.filter((n) => n.def.fediverse) };
}

/**
 * The catalog as one workspace sees it. Invalid user-defined networks and overrides are left
 * out and listed in `issues` (clear, per-field messages) rather than thrown, because this runs
 * on every load of user data; `validateCustomNetworks` gives the same messages to an editor.
 */
export function createRegistry(
  custom: readonly NetworkDefinitionInput[] = [],
  overrides: Readonly<Record<string, FieldLimits>> = {},
): NetworkRegistry {
  const issues: NetworkIssue[] = [];
  const compiled = [...BUILTIN_COMPILED, ...admitCustom(custom, issues)];
  const limitOverrides = admitOverrides(overrides, issues);
  const defs = compiled.map((c) => c.def);
  const byId = new Map(defs.map((d) => [d.id, d]));
  const registry: NetworkRegistry = {
    get: (id) => byId.get(id),
    all: () => defs,
    limitsFor: (id) => ({ ...byId.get(id)?.limits, ...limitOverrides.get(id) }),
    byTrade: (trade) => {
      const tag = trade.trim().toLowerCase();
      return defs.filter((d) => d.trades.includes(tag));
    },
    issues,
  };
  COMPILED.set(registry, index(compiled));
  return registry;
}

/** The problems an editor should show for these user-defined networks (empty when all are fine). */
export function validateCustomNetworks(custom: readonly NetworkDefinitionInput[]): NetworkIssue[] {
  const issues: NetworkIssue[] = [];
  admitCustom(custom, issues);
  return issues;
}

let builtinOnly: NetworkRegistry | null = null;

/** The built-in catalog alone, built once. */
export function defaultRegistry(): NetworkRegistry {
  builtinOnly ??= createRegistry();
  return builtinOnly;
}

const perWorkspace = new WeakMap<object, { overrides: object; registry: NetworkRegistry }>();

/**
 * The registry for a workspace (its custom networks and limit overrides), cached while those
 * two values are unchanged — workspaces are edited as immutable values.
 */
export function networkForWorkspace(ws: Pick<Workspace, 'customNetworks' | 'limitOverrides'>): NetworkRegistry {
  if (ws.customNetworks.length === 0 && Object.keys(ws.limitOverrides).length === 0) return defaultRegistry();
  const cached = perWorkspace.get(ws.customNetworks);
  if (cached && cached.overrides === ws.limitOverrides) return cached.registry;
  const registry = createRegistry(ws.customNetworks, ws.limitOverrides);
  perWorkspace.set(ws.customNetworks, { overrides: ws.limitOverrides, registry });
  return registry;
}

/** Compiled matchers of a registry; a registry made elsewhere (a test double) is compiled on first use. */
export function compiledRegistry(registry: NetworkRegistry): CompiledRegistry {
  let compiled = COMPILED.get(registry);
  if (!compiled) {
    compiled = index(registry.all().map((d) => compileNetwork(d).compiled));
    COMPILED.set(registry, compiled);
  }
  return compiled;
}
