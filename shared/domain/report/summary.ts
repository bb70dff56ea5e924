import { factState } from '../facts/state';
import { parseDay, formatDay } from '../plan/calendar';
import { planStatus } from '../plan/adherence';
import { statsByNetwork } from '../posts';
import type { ReportContext } from './context';
import { hasScore } from './cover';
import { escapeHtml as esc } from './escape';
import type { AuditFinding, ProfileAudit } from '../audit';
import { byPriority, findingItem } from './finding-item';
import { localDay } from '../dates/local-date';

const TOP_FIXES = 8;
/** Weeks on cadence in a row worth praising. */
const GOOD_STREAK = 4;
const GOOD_ADHERENCE = 75;

/** How many profile-to-profile links exist out of those possible. */
export function linkCounts(ctx: ReportContext): { linked: number; total: number } {
  let linked = 0;
  let total = 0;
  for (const row of ctx.matrix.cells) {
    for (const cell of row) {
      if (cell === 'self') continue;
      total++;
      if (cell !== 'none') linked++;
    }
  }
  return { linked, total };
}

function adherenceLast8Weeks(ctx: ReportContext): number | null {
  const today = parseDay(localDay(ctx.opts.now));
  if (today === null) return null;
  const { overall } = planStatus(ctx.ws, { from: formatDay(today - 56), to: formatDay(today) }, ctx.opts.now, { weekStartsOn: ctx.opts.weekStartsOn });
  return overall.due > 0 ? overall.pct : null;
}

/** Profile fields whose checks passed: known to be there, and no finding (kept or dismissed) about them. */
export const CHECKED_FIELDS = ['photo', 'displayName', 'headline', 'summary', 'keywords', 'links'] as const;
export type CheckedField = (typeof CHECKED_FIELDS)[number];

function passedChecks(ws: ReportContext['ws'], audit: ProfileAudit): CheckedField[] {
  const profile = ws.profiles.find((x) => x.id === audit.id);
  if (!profile) return [];
  const flagged = new Set([...audit.findings, ...audit.dismissed].map((f) => f.field));
  // Only what is known to be there is a strength: a fact nobody checked is no claim to make.
  return CHECKED_FIELDS.filter((f) => factState(profile, f) === 'known' && !flagged.has(f));
}

/** What already works, in the client's words: a report that only lists faults discourages. */
export function strengths(ctx: ReportContext): string[] {
  const { t, review, ws } = ctx;
  const out: string[] = [];
  for (const p of review.profiles) {
    const scored = p.audience === 'professional' && (p.status === 'active' || p.status === 'dormant');
    if (!scored) continue;
    if (p.findings.every((f) => f.severity === 'info')) {
      out.push(t.strengthProfile(ctx.profile(p.id), p.score));
      continue;
    }
    const passed = passedChecks(ws, p);
    if (passed.length > 0) out.push(t.strengthFields(ctx.profile(p.id), passed.map((f) => t.fieldName[f])));
  }
  if (hasScore(ctx) && !review.findings.some((f) => f.severity === 'error')) out.push(t.strengthNoError);
  const { linked, total } = linkCounts(ctx);
  if (total > 0 && linked === total) out.push(t.strengthAllLinked);
  else if (linked > 0) out.push(t.strengthSomeLinked(linked, total));
  const themed = ws.profiles.filter((p) => p.status === 'active' && p.audience === 'professional');
  if (themed.length > 1 && themed.every((p) => (p.theme?.title.trim() ?? '') !== '')) out.push(t.strengthThemes);
  const stats = statsByNetwork(ws.posts, { now: ctx.opts.now.getTime(), weekStartsOn: ctx.opts.weekStartsOn });
  for (const [network, s] of Object.entries(stats)) {
    if (s.currentStreakWeeks >= GOOD_STREAK) out.push(t.strengthRegular(ctx.network(network), s.currentStreakWeeks));
  }
  const pct = adherenceLast8Weeks(ctx);
  if (pct !== null && pct >= GOOD_ADHERENCE) out.push(t.strengthAdherence(pct));
  return out;
}

/** The findings that count, by priority, and the first TOP_FIXES of them: the report's priorities. */
export function priorities(ctx: ReportContext): { fixes: AuditFinding[]; top: AuditFinding[] } {
  const fixes = ctx.review.findings.filter((f) => f.severity !== 'info').sort(byPriority);
  return { fixes, top: fixes.slice(0, TOP_FIXES) };
}

export function summarySection(ctx: ReportContext): string {
  const { t } = ctx;
  const good = strengths(ctx);
  const { fixes, top } = priorities(ctx);
  const subject = (id: string | null) => (id === null ? t.wholePresence : ctx.profile(id));
  return `<section class="page" id="summary">
  <h2>${esc(t.strengthsTitle)}</h2>
  <p class="intro">${esc(t.strengthsIntro)}</p>
  ${good.length
    ? `<ul class="strengths">${good.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>`
    : `<p class="empty">${esc(t.strengthNone)}</p>`}
  <h2 class="next">${esc(t.fixesTitle)}</h2>
  <p class="intro">${esc(t.fixesIntro)}</p>
  ${top.length
    ? `<ol class="fixes">${top.map((f) => findingItem(ctx, f, { subject: subject(f.profileId), why: false })).join('')}</ol>`
    : `<p class="empty">${esc(t.noFixes)}</p>`}
  ${fixes.length > top.length ? `<p class="muted">${esc(t.moreFixes(fixes.length - top.length))}</p>` : ''}
</section>`;
}
