/**
 * Before store schema 4 and file version 3 the person had no `education` nor
 * `certifications`: an older workspace gains empty lists, so that it is
 * exactly what the current schema would write (the canonical check then
 * accepts it on the next load). Anything not shaped like a workspace is left
 * for the schema to report.
 */
export function legacyWorkspaceWithCareerLists(workspace: unknown): unknown {
  if (typeof workspace !== 'object' || workspace === null || Array.isArray(workspace)) return workspace;
  const person: unknown = (workspace as Record<string, unknown>).person;
  if (typeof person !== 'object' || person === null || Array.isArray(person)) return workspace;
  const p = person as Record<string, unknown>;
  return { ...workspace, person: { ...p, education: p.education ?? [], certifications: p.certifications ?? [] } };
}
