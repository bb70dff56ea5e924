/**
 * Runs the coach corpus (cases.ts): each fictional client must get the
 * findings a coach gives, none of those a coach would not give, and a score
 * in the coach's band; a client written in French and in English gets the
 * same findings; and every French message reads as a French coach writes.
 */
import { describe, expect, it } from 'vitest';
import type { AuditFinding, AuditReport } from '../../../shared/domain/audit';
import { auditResume } from '../../../shared/domain/audit/person-audit';
import { importJsonResume } from '../../../shared/domain/jsonresume/import';
import { networkForWorkspace } from '../../../shared/domain/networks/registry';
import { reviewWorkspace } from '../../../shared/domain/review';
import { newWorkspace } from '../../../shared/domain/workspace/factory';
import { type Person, Workspace } from '../../../shared/schema/workspace';
import { COACH_CORPUS, CORPUS_NOW, type CoachCase, type Expect } from './cases';

/** The client's workspace, and for a résumé the person it describes (audited as the CLI audits a résumé). */
function workspaceOf(c: CoachCase): { ws: Workspace; resume: Person | null } {
  if (c.workspace) return { ws: Workspace.parse(c.workspace), resume: null };
  const empty = newWorkspace(c.id, { id: 'ws-resume', now: new Date(CORPUS_NOW) });
  let n = 0;
  const res = importJsonResume(empty, JSON.stringify(c.resume), { idGen: () => `r${++n}`, now: new Date(CORPUS_NOW), registry: networkForWorkspace(empty) });
  if (!res.ok) throw new Error(`case ${c.id}: résumé refused: ${res.errors.map((e) => e.message).join('; ')}`);
  return { ws: res.plan.result, resume: res.person };
}

interface CaseReport { report: AuditReport; resume: AuditFinding[] }
const reports = new Map<string, CaseReport>();
function caseReportOf(c: CoachCase): CaseReport {
  let r = reports.get(c.id);
  if (!r) {
    const { ws, resume } = workspaceOf(c);
    reports.set(c.id, (r = { report: reviewWorkspace(ws, new Date(c.now ?? CORPUS_NOW)), resume: resume ? auditResume(resume, networkForWorkspace(ws)) : [] }));
  }
  return r;
}
const reportOf = (c: CoachCase): AuditReport => caseReportOf(c).report;
/** What the coach reads: the profiles' and presence's findings, then the résumé's own. */
const findingsOf = (c: CoachCase): AuditFinding[] => [...caseReportOf(c).report.findings, ...caseReportOf(c).resume];

/** A finding is about a network through its profile, or through its subject (a suggestion names the network it suggests). */
function matches(f: AuditFinding, e: Expect): boolean {
  if (f.code !== e.code) return false;
  if (e.network === undefined) return true;
  return f.network === e.network || (f.subject ?? '').split(/[:|]/).includes(e.network);
}

const describeFinding = (f: AuditFinding) => `${f.code}@${f.network ?? f.subject ?? '-'}: ${f.message.en}`;

describe('coach corpus', () => {
  it('holds at least 25 clients and résumés, in French, English and German', () => {
    expect(COACH_CORPUS.length).toBeGreaterThanOrEqual(25);
    expect(new Set(COACH_CORPUS.map((c) => c.id)).size).toBe(COACH_CORPUS.length);
    expect(new Set(COACH_CORPUS.map((c) => c.lang))).toEqual(new Set(['fr', 'en', 'de']));
  });

  for (const c of COACH_CORPUS) {
    if (c.pending) {
      it.todo(`${c.id} (waits for ${c.pending})`);
      continue;
    }
    it(`${c.id}: ${c.about}`, () => {
      const report = reportOf(c);
      const all = findingsOf(c);
      const seen = all.map(describeFinding);
      for (const e of c.must) {
        const n = all.filter((f) => matches(f, e)).length;
        if (e.count === undefined) expect(n, `must give ${e.code}@${e.network ?? '*'}; gave:\n${seen.join('\n')}`).toBeGreaterThan(0);
        else expect(n, `must give ${e.code}@${e.network ?? '*'} ${e.count}×; gave:\n${seen.join('\n')}`).toBe(e.count);
      }
      for (const e of c.mustNot) {
        const wrong = all.filter((f) => matches(f, e)).map(describeFinding);
        expect(wrong, `must not give ${e.code}@${e.network ?? '*'}`).toEqual([]);
      }
      if (c.band && !c.bandPending) {
        expect(report.score, `score; findings:\n${seen.join('\n')}`).toBeGreaterThanOrEqual(c.band[0]);
        expect(report.score, `score; findings:\n${seen.join('\n')}`).toBeLessThanOrEqual(c.band[1]);
      }
    });
    if (c.bandPending) it.todo(`${c.id}: score in ${JSON.stringify(c.band)} (waits for ${c.bandPending})`);
  }

  const twins = COACH_CORPUS.filter((c) => c.twin !== undefined && c.twin > c.id && !c.pending);
  for (const c of twins) {
    it(`${c.id} and ${c.twin} (the same client in two languages) get the same findings`, () => {
      const other = COACH_CORPUS.find((o) => o.id === c.twin);
      expect(other, `twin ${c.twin}`).toBeDefined();
      const keys = (r: AuditReport) => r.findings.map((f) => f.key).sort();
      expect(keys(reportOf(c))).toEqual(keys(reportOf(other!)));
      expect(reportOf(c).score).toBe(reportOf(other!).score);
    });
  }

  it('writes French as a French coach does: elision, dates in words, no English fragments, no detector scores', () => {
    const problems: string[] = [];
    for (const c of COACH_CORPUS.filter((k) => !k.pending)) {
      for (const f of findingsOf(c)) {
        for (const text of [f.message.fr, f.why.fr, f.fix.fr]) {
          // "que Instagram", "de un", "le été": a vowel after a word French elides.
          const unelided = /(?:^|[\s(«])(que|de|le|la|je|me|ne|se|te|jusque|lorsque|puisque) (?=[aeiouyàâéèêîïôûAEIOUYÀÂÉÈÊÎÏÔÛ])/u.exec(text);
          if (unelided) problems.push(`${c.id} ${f.code}: unelided "${unelided[0].trim()}…" in: ${text}`);
          if (/\b\d{4}-\d{2}-\d{2}\b/.test(text.replace(/https?:\/\/\S+/g, ''))) problems.push(`${c.id} ${f.code}: ISO date in: ${text}`);
          if (/\((?:professional|creator) mode\)|\bscore \d/i.test(text)) problems.push(`${c.id} ${f.code}: English fragment in: ${text}`);
          if (/\(indice \d/.test(text)) problems.push(`${c.id} ${f.code}: detector score shown in: ${text}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
