import { useMemo } from 'react';
import { networkForWorkspace, type NetworkRegistry } from '../../../../shared/domain/networks/registry';
import { localLabel } from '../../../../shared/domain/networks/label';
import type { Lang } from '../../../../shared/schema/text';
import type { Workspace } from '../../../../shared/schema/workspace';

/** The workspace's network catalog (built-ins, its own networks and limit overrides). */
export function useRegistry(ws: Workspace): NetworkRegistry {
  const { customNetworks, limitOverrides } = ws;
  return useMemo(() => networkForWorkspace({ customNetworks, limitOverrides }), [customNetworks, limitOverrides]);
}

/** A network's name in the UI language. */
export function labelOf(registry: NetworkRegistry, id: string, lang: Lang): string {
  const def = registry.get(id);
  return def ? localLabel(def, lang) : id;
}
