import { localLabel } from '../../../../shared/domain/networks/label';
import type { Lang } from '../../../../shared/schema/text';
import { defaultRegistry } from '../../../../shared/domain/networks/registry';

/** A network's display label; user-defined networks (unknown here) show their id. */
export function networkLabel(id: string, lang: Lang): string {
  const def = defaultRegistry().get(id);
  return def ? localLabel(def, lang) : id;
}
