import type { ImportIssue } from '../../schema/import-plan';
import type { Lang, Localized } from '../../schema/text';

/** Language and file name that an importer's issues are reported in. */
export interface IssueContext {
  /** Language of issue messages (ImportIssue.message is a single string); default 'en'. */
  lang?: Lang;
  /** File name inside the import, copied into every issue. */
  file?: string | null;
}

/** An ImportIssue with its message picked from a text written in both languages. */
export function makeIssue(level: ImportIssue['level'], where: string | number | null, text: Localized, ctx: IssueContext = {}): ImportIssue {
  return {
    level,
    file: ctx.file ?? null,
    where: where === null ? null : String(where),
    message: text[ctx.lang ?? 'en'],
  };
}
