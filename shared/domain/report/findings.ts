import type { AuditFinding, ProfileAudit } from '../audit';
import { scoreBand } from './charts';
import type { ReportContext } from './context';
import { escapeHtml as esc } from './escape';
import { byPriority, findingItem } from './finding-item';
import { priorities } from './summary';

function scoreBadge(ctx: ReportContext, p: ProfileAudit): string {
  const { t } = ctx;
  if (p.audience === 'personal') return `<span class="badge muted-badge">${esc(t.personal)}</span>`;
  if (p.status !== 'active' && p.status !== 'dormant') return `<span class="badge muted-badge">${esc(t.notScored(t.status[p.status]))}</span>`;
  return `<span class="badge band-bg-${scoreBand(p.score)}">${p.score}/100</span>`;
}

/** Findings of one rule grouped: the first told in full, the others listed under it (e.g. one per off-theme post). */
function findingList(ctx: ReportContext, findings: readonly AuditFinding[]): string {
  if (findings.length === 0) return `<p class="empty ok">${esc(ctx.t.noFindings)}</p>`;
  const groups = new Map<string, AuditFinding[]>();
  for (const f of [...findings].sort(byPriority)) groups.set(f.code, [...(groups.get(f.code) ?? []), f]);
  const items = [...groups.values()].map(([first, ...rest]) => findingItem(ctx, first as AuditFinding, { similar: rest }));
  return `<ul class="findings">${items.join('')}</ul>`;
}

function profileBlock(ctx: ReportContext, p: ProfileAudit, told: ReadonlySet<string>): string {
  const status = p.status === 'active' ? '' : ` <span class="chip status">${esc(ctx.t.status[p.status])}</span>`;
  const rest = p.findings.filter((f) => !told.has(f.key));
  const inPriorities = p.findings.length - rest.length;
  return `<article class="profile">
  <header><h3>${esc(ctx.profile(p.id))}${status}</h3>${scoreBadge(ctx, p)}</header>
  ${p.url.trim() ? `<p class="url">${esc(p.url)}</p>` : ''}
  ${inPriorities > 0 ? `<p class="muted told">${esc(ctx.t.toldInPriorities(inPriorities))}</p>` : ''}
  ${rest.length > 0 || inPriorities === 0 ? findingList(ctx, rest) : ''}
</article>`;
}

export function findingsSection(ctx: ReportContext): string {
  const { t, review } = ctx;
  const known = new Set(review.profiles.map((p) => p.id));
  // Workspace-level findings, and plan findings about a network rather than one profile.
  // The priorities are told once, in the summary: here only what they did not say.
  const told = new Set(priorities(ctx).top.map((f) => f.key));
  const general = review.findings.filter((f) => (f.profileId === null || !known.has(f.profileId)) && !told.has(f.key));
  return `<section class="page" id="findings">
  <h2>${esc(t.findingsTitle)}</h2>
  <p class="intro">${esc(t.findingsIntro)}</p>
  ${review.profiles.length === 0 ? `<p class="empty">${esc(t.noProfiles)}</p>` : review.profiles.map((p) => profileBlock(ctx, p, told)).join('')}
  ${general.length ? `<article class="profile"><header><h3>${esc(t.wholePresence)}</h3></header>${findingList(ctx, general)}</article>` : ''}
</section>`;
}
