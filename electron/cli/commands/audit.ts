import { networkForWorkspace } from '../../../shared/domain/networks/registry';
import { reviewWorkspace } from '../../../shared/domain/review';
import { enGB, fr } from 'date-fns/locale';
import { auditResume } from '../../../shared/domain/audit/person-audit';
import { byPointsLost } from '../../../shared/domain/audit/start-here';
import { profileLabel } from '../../../shared/domain/audit/labels';
import type { AuditFinding } from '../../../shared/domain/audit/types';
import { formatLocal } from '../../../shared/domain/dates/local-date';
import type { Severity } from '../../../shared/schema/finding';
import type { Lang } from '../../../shared/schema/text';
import type { CliIo } from '../io';
import { loadWorkspaceOrResume } from '../workspace-io';

/**
 * vitrine audit <file> [--json] [--lang fr|en]: a workspace file or a JSON
 * Resume. A résumé's own content (name, function, summary, picture, site) is
 * audited too and listed first; it does not change the profiles' score.
 * Exit 0 whenever the audit ran, whatever it found.
 */
export function auditCommand(io: CliIo, file: string, opts: { json: boolean; lang: Lang }): number {
  const { workspace: ws, resume } = loadWorkspaceOrResume(io, file, opts.lang);
  const report = reviewWorkspace(ws, io.now());
  const registry = networkForWorkspace(ws);
  const resumeFindings = resume ? auditResume(resume, registry) : null;
  const finding = (f: AuditFinding) => ({
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
      /** False while nothing is checked: the score is not one yet. */
      rated: report.rated,
      coverage: report.coverage.percent,
      // What the résumé itself says, audited apart and not scored; null for a workspace file.
      resume: resumeFindings && { findings: resumeFindings.map(finding) },
      profiles: report.profiles.map((p) => ({ id: p.id, network: p.network, url: p.url, score: p.score, findings: p.findings.map(finding) })),
      findings: report.findings.map(finding),
    }, null, 2));
    return 0;
  }
  const words = AUDIT_TEXT[opts.lang];
  const line = (f: AuditFinding) => `  ${words.severity[f.severity]} ${f.message[opts.lang]}${f.points > 0 ? ` (−${f.points})` : ''}\n      → ${f.fix[opts.lang]}`;
  const today = formatLocal(io.now(), 'PPP', opts.lang === 'fr' ? fr : enGB);
  const score = `${report.rated ? `${words.score} ${report.score}/100` : words.unrated} · ${words.checked(report.coverage.percent)}`;
  io.out(`${ws.person.displayName || ws.name} — ${score} (${words.on} ${today})`);
  if (resumeFindings) {
    io.out(`\n${words.resume}`);
    if (resumeFindings.length === 0) io.out(`  ${words.resumeFine}`);
    for (const f of resumeFindings) io.out(line(f));
  }
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

interface Words {
  score: string;
  checked: (percent: number) => string;
  unrated: string;
  on: string;
  overall: string;
  resume: string;
  resumeFine: string;
  severity: Record<Severity, string>;
}

/** The words of the text output around the findings' own (already translated) messages. */
export const AUDIT_TEXT: Readonly<Record<Lang, Words>> = {
  fr: {
    score: 'score', checked: (p) => `${p} % vérifié`, unrated: 'pas encore de score', on: 'le', overall: 'Ensemble de la présence',
    resume: 'Ce que dit le CV (non compté dans le score)', resumeFine: 'Rien à redire sur son contenu.',
    severity: { error: 'À corriger :', warning: 'À revoir :', info: 'À savoir :' },
  },
  en: {
    score: 'score', checked: (p) => `${p}% checked`, unrated: 'no score yet', on: 'on', overall: 'Presence as a whole',
    resume: 'What the résumé says (not counted in the score)', resumeFine: 'Nothing to point out in its content.',
    severity: { error: 'Fix:', warning: 'Review:', info: 'Note:' },
  },
};
