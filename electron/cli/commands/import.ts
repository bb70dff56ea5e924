import { auditResume } from '../../../shared/domain/audit/person-audit';
import { planImport } from '../../../shared/domain/import/detect';
import { networkForWorkspace } from '../../../shared/domain/networks/registry';
import type { ImportPlan } from '../../../shared/schema/import-plan';
import type { Lang } from '../../../shared/schema/text';
import { isOnlyErrors, ONLY_ERRORS } from '../../../shared/domain/import/plan-outcome';
import { invalid, readInputFiles, type CliIo } from '../io';
import { loadOrCreateWorkspace, saveWorkspace } from '../workspace-io';
import { lonePdfText, PdfReadError } from '../../services/pdf-text';
import { nameAfterPerson } from '../../../shared/domain/workspace/factory';

export interface ImportArgs { input: string; into: string; dryRun: boolean; mode: 'merge' | 'replace'; lang: Lang }

export function printPreview(io: CliIo, plan: ImportPlan): void {
  io.out(`format: ${plan.format}`);
  io.out(`read: ${Object.entries(plan.read).map(([k, n]) => `${n} ${k}`).join(', ') || 'nothing'}`);
  for (const c of plan.changes) {
    const detail = c.kind === 'change' && c.field ? ` ${c.field}: ${JSON.stringify(c.before)} → ${JSON.stringify(c.after)}` : '';
    io.out(`${c.kind === 'add' ? '+' : '~'} ${c.entity} ${c.label}${detail}`);
  }
  for (const i of plan.issues) io.out(`! ${i.level}${i.file ? ` ${i.file}` : ''}${i.where ? `:${i.where}` : ''} ${i.message}`);
  if (plan.changes.length === 0) io.out('no change');
}

/**
 * vitrine import <file|folder|zip|pdf> --into <workspace>: detects the format,
 * prints the preview, then applies it (unless --dry-run). An import with
 * nothing to change leaves the target byte for byte as it was; one that
 * has only errors also exits 1.
 */
export async function importCommand(io: CliIo, args: ImportArgs): Promise<number> {
  const files = readInputFiles(io, args.input, args.lang);
  const pdf = await lonePdfText(files).catch((error: unknown) => {
    throw error instanceof PdfReadError ? invalid(`${args.input}: ${error.localized[args.lang]}`) : error;
  });
  const { workspace, photos, created } = loadOrCreateWorkspace(io, args.into);
  const outcome = planImport(workspace, files, { idGen: io.newId, now: io.now(), registry: networkForWorkspace(workspace), mode: args.mode, lang: args.lang, pdf });
  if (!outcome.ok) {
    const details = (outcome.issues ?? []).map((i) => `\n  ${i.file ?? ''}${i.where ? `:${i.where}` : ''} ${i.message}`).join('');
    throw invalid(`${args.input}: ${outcome.message[args.lang]}${details}`);
  }
  printPreview(io, outcome.plan);
  for (const u of outcome.uncertain ?? []) io.out(`? network "${u.name}" read as ${u.guess}: check it`);
  // A JSON Resume: what a coach says about its own content (not scored; `vitrine audit` gives the fixes).
  if (outcome.resume) for (const f of auditResume(outcome.resume, networkForWorkspace(workspace))) io.out(`* résumé ${f.severity}: ${f.message[args.lang]}`);
  if (isOnlyErrors(outcome.plan)) throw invalid(`${args.input}: ${ONLY_ERRORS[args.lang]}`);
  if (args.dryRun) {
    io.out('dry run: nothing written');
    return 0;
  }
  if (outcome.plan.changes.length === 0) {
    io.out(`nothing to change: ${args.into} not written`);
    return 0;
  }
  // The target's pictures stay; a workspace file brings its own (same rule as the app: no overwrite).
  const result = created ? nameAfterPerson(outcome.plan.result, workspace.name) : outcome.plan.result;
  saveWorkspace(io, args.into, result, { ...outcome.photos, ...photos });
  io.out(`${created ? 'created' : 'updated'} ${args.into}`);
  return 0;
}
