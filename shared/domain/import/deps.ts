import type { ImportIssue, ImportPlan } from '../../schema/import-plan';
import type { Lang, Localized } from '../../schema/text';
import { decodeText, TextDecodeError } from '../csv';
import type { NetworkRegistry } from '../networks/registry';
import type { Draft } from './draft';
import type { ImportFailureKind } from './failure';
import type { ImportFile } from './files';

/** What every importer needs from outside: shared/ has no clock, no ids and no catalog of its own. */
export interface ImportDeps {
  idGen: () => string;
  now: Date;
  registry: NetworkRegistry;
  /** Language of ImportIssue messages (a single string); default 'en'. */
  lang?: Lang;
}

export type ImportResult =
  | { ok: true; plan: ImportPlan }
  /** `message` is the technical detail; `kind` says, in plain words, what went wrong (see failure.ts). */
  | { ok: false; kind: ImportFailureKind; message: Localized; issues?: ImportIssue[] };

/** The file's text, or null with an error issue naming the file and line when it is not text. */
export function decodeFile(draft: Draft, file: ImportFile): string | null {
  try {
    return decodeText(file.bytes).text;
  } catch (error) {
    if (!(error instanceof TextDecodeError)) throw error;
    draft.issue('error', file.name, error.line, error.localized);
    return null;
  }
}
