import { networkLabel } from '../../../shared/domain/audit/labels';
import { networkForWorkspace } from '../../../shared/domain/networks/registry';
import { reviewWorkspace } from '../../../shared/domain/review';
import type { Severity } from '../../../shared/schema/finding';
import type { Lang } from '../../../shared/schema/text';
import type { CliIo } from '../io';
import { loadWorkspaceOrResume } from '../workspace-io';

/**
 * vitrine audit <file> [--json] [--lang fr|en]: a workspace file or a JSON
 * Resume. Exit 0 whenever the audit ran, whatever it found.
 */
export function auditCommand(io: CliIo, file: string, opts: { json: boolean; lang: Lang }): number {
  const ws = loadWorkspaceOrResume(io, file, opts.lang);
  const report = reviewWorkspace(ws, io.now());
  const finding = (f: (typeof report.findings)[number]) => ({
    code: f.code,
    severity: f.severity,
    ...(f.profileId ? { profileId: f.profileId } : {}),
    ...(f.field ? { field: f.field } : {}),
    message: f.message[opts.lang],
    fix: f.fix[opts.lang],
  });
  if (opts.json) {
    io.out(JSON.stringify({
      score: report.score,
      profiles: report.profiles.map((p) => ({ id: p.id, network: p.network, url: p.url, score: p.score, findings: p.findings.map(finding) })),
      findings: report.findings.map(finding),
    }, null, 2));
    return 0;
  }
  // The text report reads like the app: network names, not ids, and severities in words.
  const registry = networkForWorkspace(ws);
  const line = (f: (typeof report.findings)[number]) => `  ${SEVERITY[f.severity][opts.lang]} ${f.message[opts.lang]}\n      → ${f.fix[opts.lang]}`;
  io.out(`${ws.person.displayName || ws.name} — score ${report.score}/100`);
  for (const p of report.profiles) {
    io.out(`\n${networkLabel(p.network, registry)}${p.url ? ` ${p.url}` : ''} — ${p.score}/100`);
    for (const f of p.findings) io.out(line(f));
  }
  const general = report.findings.filter((f) => !f.profileId);
  if (general.length) io.out(`\n${opts.lang === 'fr' ? 'Ensemble' : 'Overall'}`);
  for (const f of general) io.out(line(f));
  return 0;
}

const SEVERITY: Record<Severity, Record<Lang, string>> = {
  error: { fr: 'À corriger :', en: 'Fix:' },
  warning: { fr: 'À revoir :', en: 'Review:' },
  info: { fr: 'À savoir :', en: 'Note:' },
};
