import { sparklineSvg } from './charts';
import type { ReportContext } from './context';
import { hasScore } from './cover';
import { escapeHtml as esc } from './escape';
import { localDay } from '../dates/local-date';

/** Score points before today (the user's local day, as on every screen), oldest first, then today's score. */
export function scoreSeries(ctx: ReportContext): { at: Date; score: number }[] {
  const today = localDay(ctx.opts.now);
  const past = ctx.ws.scoreHistory
    .map((p) => ({ at: new Date(p.at), score: p.score }))
    .filter((p) => !Number.isNaN(p.at.getTime()) && localDay(p.at) < today)
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  return hasScore(ctx) ? [...past, { at: ctx.opts.now, score: ctx.review.score }] : past;
}

export function progressSection(ctx: ReportContext): string {
  const { t } = ctx;
  const series = scoreSeries(ctx);
  const current = series[series.length - 1];
  const previous = series[series.length - 2];
  let body = `<p class="empty">${esc(t.progressFirst)}</p>`;
  if (current && previous) {
    const delta = current.score - previous.score;
    const verdict = delta > 0 ? t.progressUp(delta) : delta < 0 ? t.progressDown(-delta) : t.progressSame;
    const first = series[0] ?? previous;
    body = `<p class="progress-figures"><span class="prev">${previous.score}</span><span class="arrow" aria-hidden="true">→</span><span class="cur">${current.score}</span>
  <span class="delta ${delta > 0 ? 'up' : delta < 0 ? 'down' : 'same'}">${delta > 0 ? '+' : ''}${delta}</span></p>
  <p>${esc(t.progressFrom(previous.score, ctx.date(previous.at, 'PPP'), current.score))}</p>
  <p class="verdict">${esc(verdict)}</p>
  <figure class="history">${sparklineSvg(series.map((p) => ({ at: p.at.getTime(), score: p.score })), t.progressAlt(series.length), 660, 150, (at) => ctx.date(new Date(at), 'd MMM yyyy'))}<figcaption class="muted">${esc(t.progressSince(ctx.date(first.at, 'PPP')))}</figcaption></figure>`;
  }
  return `<section class="follows" id="progress">
  <h2>${esc(t.progressTitle)}</h2>
  ${body}
</section>`;
}
