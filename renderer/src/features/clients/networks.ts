import { defaultRegistry } from '../../../../shared/domain/networks/registry';

/** A network's display label; user-defined networks (unknown here) show their id. */
export function networkLabel(id: string): string {
  return defaultRegistry().get(id)?.label ?? id;
}
