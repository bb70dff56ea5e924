import { gaugeSvg, scoreBand } from './charts';
import { mainProfileChoice, mainProfileName } from '../audit/main-profile';
import type { ReportContext } from './context';
import { escapeHtml as esc, safeLogo } from './escape';

/** Whom the report is for: the person's name, the client's name when the person has none. */
export function personName(ws: ReportContext['ws']): string {
  return ws.person.displayName.trim() || ws.name;
}

/** Whether the workspace has a score: a profile that counts, with something checked (the audit's own verdict). */
export function hasScore(ctx: ReportContext): boolean {
  return ctx.review.rated;
}

function brand(ctx: ReportContext): string {
  const c = ctx.opts.consultant;
  const name = c?.name.trim() ?? '';
  const logo = safeLogo(c?.logo);
  if (!name && !logo) return `<div class="brand"><span class="brand-mark" aria-hidden="true">V</span><span>Vitrine</span></div>`;
  return `<div class="brand consultant">${logo ? `<img class="logo" src="${esc(logo)}" alt="${esc(name)}">` : ''}${name ? `<span>${esc(name)}</span>` : ''}</div>`;
}

function stats(ctx: ReportContext): string {
  const { t, review, ws } = ctx;
  const count = (s: string) => review.findings.filter((f) => f.severity === s).length;
  const items: [number, string, string][] = [
    [ws.profiles.length, t.statProfiles, ''],
    [count('error'), t.statErrors, 'error'],
    [count('warning'), t.statWarnings, 'warning'],
    [count('info'), t.statTips, 'info'],
  ];
  return `<ul class="stats">${items.map(([n, label, cls]) => `<li class="${cls}"><strong>${n}</strong><span>${esc(label)}</span></li>`).join('')}</ul>`;
}

/** Which profile weighs most in the score, and why (the audit screen says the same). */
function mainProfileLine(ctx: ReportContext): string {
  const { t, ws } = ctx;
  const main = mainProfileChoice(ws);
  const text = main ? t.mainProfile(mainProfileName(ws, main.id, ctx.registry, ctx.opts.lang), t.mainWhy[main.why]) : t.mainProfileNone;
  return `<p class="main-profile" data-profile-id="${esc(main?.id ?? '')}">${esc(text)}</p>`;
}

export function coverSection(ctx: ReportContext, contents: readonly string[]): string {
  const { t, ws, review } = ctx;
  const score = hasScore(ctx) ? review.score : null;
  const band = t.band[scoreBand(score)];
  const alt = score === null ? t.noScoreAlt : t.scoreAlt(score, band);
  const consultant = ctx.opts.consultant?.name.trim() ?? '';
  const sub = [ws.person.headline, ws.person.location].map((s) => s.trim()).filter(Boolean);
  return `<section class="cover">
  <header class="cover-top">${brand(ctx)}<div class="cover-date">${esc(ctx.date(ctx.opts.now, 'PPP'))}</div></header>
  <div class="cover-title">
    <p class="kicker">${esc(t.docTitle)}</p>
    <p class="for">${esc(t.preparedFor)}</p>
    <h1>${esc(personName(ws))}</h1>
    ${sub.length ? `<p class="sub">${sub.map(esc).join(' · ')}</p>` : ''}
  </div>
  <div class="cover-score">
    ${gaugeSvg(score, alt)}
    <div>
      <p class="score-label">${esc(t.scoreTitle)}</p>
      <p class="band band-${scoreBand(score)}">${esc(band)}</p>
      <p class="coverage" data-coverage="${review.coverage.percent}">${esc(t.coverage(score, review.coverage.percent))}</p>
      ${score === null ? `<p class="muted">${esc(t.noScore)}</p>` : mainProfileLine(ctx)}
      ${stats(ctx)}
    </div>
  </div>
  <nav class="contents"><h2>${esc(t.contents)}</h2><ol>${contents.map((c) => `<li>${esc(c)}</li>`).join('')}</ol></nav>
  <footer class="cover-foot">${consultant ? `${esc(t.preparedBy)} ${esc(consultant)} · ` : ''}${esc(t.madeWith)}</footer>
</section>`;
}
