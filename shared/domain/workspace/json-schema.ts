import { z } from 'zod';
import { WorkspaceFile } from './file';

export const WORKSPACE_SCHEMA_ID = 'https://vitrine.app/schema/vitrine-workspace.schema.json';

/**
 * JSON Schema of the `.vitrine.json` file, for other tools. Describes what a
 * file may contain (`io: 'input'`), so fields with a default are optional.
 */
export function workspaceFileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(WorkspaceFile, { io: 'input', target: 'draft-2020-12' });
  return {
    ...schema,
    $id: WORKSPACE_SCHEMA_ID,
    title: 'Vitrine workspace file',
    description: 'One Vitrine workspace (a person, their online profiles and posting plan), as written by File › Export.',
  };
}

/** The committed file's exact text (schema/vitrine-workspace.schema.json). */
export function workspaceFileJsonSchemaText(): string {
  return `${JSON.stringify(workspaceFileJsonSchema(), null, 2)}\n`;
}
