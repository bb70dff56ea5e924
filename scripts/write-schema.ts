// Regenerates schema/vitrine-workspace.schema.json from the zod schemas.
// Run from the repository root (npm run schema); test/unit/workspace/json-schema.test.ts
// fails while the committed file is out of date.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { workspaceFileJsonSchemaText } from '../shared/domain/workspace/json-schema';

const target = path.resolve(process.cwd(), 'schema/vitrine-workspace.schema.json');
writeFileSync(target, workspaceFileJsonSchemaText());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
