import { networkForWorkspace } from '../../../shared/domain/networks/registry';
import { reviewWorkspace } from '../../../shared/domain/review';
import { enGB, fr } from 'date-fns/locale';
import { byPointsLost } from '../../../shared/domain/audit/start-here';
import { profileLabel } from '../../../shared/domain/audit/labels';
import { formatLocal } from '../../../shared/domain/dates/local-date';
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
  const words = AUDIT_TEXT[opts.lang];
  const registry = networkForWorkspace(ws);
  const line = (f: (typeof report.findings)[number]) => `  ${words.severity[f.severity]} ${f.message[opts.lang]}${f.points > 0 ? ` (−${f.points})` : ''}\n      → ${f.fix[opts.lang]}`;
  const today = formatLocal(io.now(), 'PPP', opts.lang === 'fr' ? fr : enGB);
  io.out(`${ws.person.displayName || ws.name} — ${words.score} ${report.score}/100 (${words.on} ${today})`);
  for (const p of report.profiles) {
    const profile = ws.profiles.find((x) => x.id === p.id);
    const label = profile ? profileLabel(profile, registry, opts.lang) : p.network;
    io.out(`\n${label}${p.url ? ` <${p.url}>` : ''} — ${p.score}/100`);
    for (const f of byPointsLost(p.findings)) io.out(line(f));
  }
  const general = byPointsLost(report.findings.filter((f) => !f.profileId));
  if (general.length) io.out(`\n${words.overall}`);
  for (const f of general) io.out(line(f));
  return 0;
}

/** The words of the text output around the findings' own (already translated) messages. */
export const AUDIT_TEXT: Readonly<Record<Lang, { score: string; on: string; overall: string; severity: Record<Severity, string> }>> = {
  fr: { score: 'score', on: 'le', overall: 'Ensemble de la présence', severity: { error: 'À corriger :', warning: 'À revoir :', info: 'À savoir :' } },
  en: { score: 'score', on: 'on', overall: 'Presence as a whole', severity: { error: 'Fix:', warning: 'Review:', info: 'Note:' } },
};
