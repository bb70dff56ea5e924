import { createRegistry, type NetworkRegistry } from '../../shared/domain/networks/registry';
import type { Workspace } from '../../shared/schema/workspace';

/** The catalog as this workspace sees it: built-ins, its own networks and overrides. */
export function registryFor(ws: Workspace): NetworkRegistry {
  return createRegistry(ws.customNetworks, ws.limitOverrides);
}
