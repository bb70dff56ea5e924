import type { Profile } from '../../schema/workspace';
import type { ReportContext } from './context';
import { escapeHtml as esc } from './escape';

function themeCard(ctx: ReportContext, p: Profile): string {
  const { t } = ctx;
  const theme = p.theme;
  const head = `<header><span class="net">${esc(ctx.profile(p.id))}</span></header>`;
  if (!theme || !theme.title.trim()) return `<article class="theme none">${head}<p class="empty">${esc(t.noTheme)}</p></article>`;
  const details: [string, string][] = [[t.themeAudience, theme.audience], [t.themeTone, theme.tone], [t.themeGoal, theme.goal]];
  const dl = details.filter(([, v]) => v.trim()).map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('');
  const keywords = theme.keywords.filter((k) => k.trim());
  return `<article class="theme">${head}
  <h3>${esc(theme.title)}</h3>
  ${keywords.length ? `<p class="keywords" aria-label="${esc(t.themeKeywords)}">${keywords.map((k) => `<span class="chip kw">${esc(k)}</span>`).join('')}</p>` : ''}
  ${dl ? `<dl>${dl}</dl>` : ''}
</article>`;
}

export function themesSection(ctx: ReportContext): string {
  const { t, ws } = ctx;
  // Every profile the findings flag for its theme is shown, whatever its audience, so the two sections agree.
  const flagged = new Set(ctx.review.findings.filter((f) => f.code === 'no-theme' || f.code === 'duplicate-theme').map((f) => f.profileId));
  const profiles = ws.profiles.filter((p) => (p.status !== 'to-close' && p.audience === 'professional') || flagged.has(p.id));
  return `<section class="follows" id="themes">
  <h2>${esc(t.themesTitle)}</h2>
  <p class="intro">${esc(t.themesIntro)}</p>
  ${profiles.length ? `<div class="themes">${profiles.map((p) => themeCard(ctx, p)).join('')}</div>` : `<p class="empty">${esc(t.noProfiles)}</p>`}
</section>`;
}
