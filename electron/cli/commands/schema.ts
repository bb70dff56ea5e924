import { workspaceFileJsonSchemaText } from '../../../shared/domain/workspace/json-schema';
import type { CliIo } from '../io';

/** vitrine schema: the JSON Schema of the .vitrine.json file, generated from the zod schemas. */
export function schemaCommand(io: CliIo): number {
  io.out(workspaceFileJsonSchemaText());
  return 0;
}
