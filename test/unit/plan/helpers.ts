import { Profile, Workspace, type Cadence, type ProfileInput, type WorkspaceInput } from '../../../shared/schema/workspace';

/** A fictional profile with a cadence; `cadence` fields override the defaults. */
export function profileWith(cadence: Partial<Cadence> | null, extra: Partial<ProfileInput> = {}): Profile {
  return Profile.parse({
    id: 'p-li',
    network: 'linkedin',
    ...extra,
    cadence: cadence === null ? null : { count: 2, per: 'week', startDate: '2024-01-01', timeZone: 'Europe/Paris', ...cadence },
  });
}

export function workspaceWith(input: Partial<WorkspaceInput>): Workspace {
  return Workspace.parse({
    id: 'ws-test',
    name: 'Camille Test',
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    ...input,
  });
}

/** Deterministic id generator for pure functions. */
export function counterIds(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}
