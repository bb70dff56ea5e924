import { useMemo } from 'react';
import { networkForWorkspace, type NetworkRegistry } from '../../../../shared/domain/networks/registry';
import type { Workspace } from '../../../../shared/schema/workspace';

/** The workspace's network catalog (built-ins, its own networks and limit overrides). */
export function useRegistry(ws: Workspace): NetworkRegistry {
  const { customNetworks, limitOverrides } = ws;
  return useMemo(() => networkForWorkspace({ customNetworks, limitOverrides }), [customNetworks, limitOverrides]);
}

export function labelOf(registry: NetworkRegistry, id: string): string {
  return registry.get(id)?.label ?? id;
}
