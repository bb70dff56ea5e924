import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { workspaceFileJsonSchema, workspaceFileJsonSchemaText } from '../../../shared/domain/workspace/json-schema';

const COMMITTED = path.resolve(__dirname, '../../../schema/vitrine-workspace.schema.json');

describe('workspace JSON Schema', () => {
  it('describes the envelope; fields with defaults are optional', () => {
    const schema = workspaceFileJsonSchema() as { required: string[]; properties: Record<string, { const?: unknown; required?: string[]; properties?: Record<string, unknown> }> };
    expect(schema.required).toEqual(['format', 'version', 'exportedAt', 'workspace']);
    expect(schema.properties.format?.const).toBe('vitrine-workspace');
    expect(schema.properties.version?.const).toBe(3);
    expect(schema.properties.workspace?.required).toEqual(['id', 'name', 'createdAt', 'updatedAt']);
  });

  it('matches the committed schema/vitrine-workspace.schema.json', () => {
    const committed = readFileSync(COMMITTED, 'utf8');
    expect(committed, 'schema/vitrine-workspace.schema.json is out of date: run `npm run schema` and commit it').toBe(workspaceFileJsonSchemaText());
  });
});
