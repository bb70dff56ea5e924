import type { Severity } from '../../schema/finding';
import type { AuditFinding } from '../audit';
import type { ReportContext } from './context';
import { escapeHtml as esc } from './escape';

/** Same-rule findings listed under the first one, at most. */
const MAX_SIMILAR = 6;

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Errors first, then the findings that cost the most points. */
export function byPriority(a: AuditFinding, b: AuditFinding): number {
  return RANK[a.severity] - RANK[b.severity] || b.points - a.points;
}

export function severityChip(ctx: ReportContext, severity: Severity): string {
  return `<span class="chip sev-${severity}">${esc(ctx.t.severity[severity])}</span>`;
}

/** One finding: what, why, how, and what it costs. `subject` names the profile when the list mixes profiles. */
export function findingItem(ctx: ReportContext, f: AuditFinding, opts: { subject?: string; why?: boolean; similar?: readonly AuditFinding[] } = {}): string {
  const { t, opts: { lang } } = ctx;
  const similar = opts.similar ?? [];
  const total = similar.reduce((sum, s) => sum + s.points, f.points);
  const points = total > 0 ? `<span class="pts">${esc(t.points(total))}</span>` : '';
  const more = similar.length
    ? `<p class="similar-head">${esc(t.similar(similar.length))}</p><ul class="similar">${similar.slice(0, MAX_SIMILAR).map((s) => `<li>${esc(s.message[lang])}</li>`).join('')}${similar.length > MAX_SIMILAR ? `<li>…</li>` : ''}</ul>`
    : '';
  return `<li class="finding sev-${f.severity}">
  <div class="finding-head">${severityChip(ctx, f.severity)}<span class="msg">${esc(f.message[lang])}</span>${points}</div>
  ${opts.subject ? `<div class="subject">${esc(opts.subject)}</div>` : ''}
  ${opts.why === false ? '' : `<p class="why"><b>${esc(t.why)}</b> ${esc(f.why[lang])}</p>`}
  <p class="fix"><b>${esc(t.fix)}</b> ${esc(f.fix[lang])}</p>
  ${more}
</li>`;
}
