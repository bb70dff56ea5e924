import { BUILTIN_NETWORK_INPUTS } from '../../../../shared/domain/networks/catalog-data';
import { localLabel } from '../../../../shared/domain/networks/label';
import type { Lang } from '../../../../shared/schema/text';

// The catalog as written, not the compiled registry: the list only needs names,
// and compiling every network (with zod) would hold up the first screen.
const BUILT_IN = new Map(BUILTIN_NETWORK_INPUTS.map((n) => [n.id, n]));

/** A network's display label; user-defined networks (unknown here) show their id. */
export function networkLabel(id: string, lang: Lang): string {
  const def = BUILT_IN.get(id);
  return def ? localLabel(def, lang) : id;
}
