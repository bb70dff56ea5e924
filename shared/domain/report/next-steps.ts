import type { ReportContext } from './context';
import { escapeHtml as esc } from './escape';

/** The consultant's "next steps" for the client, as they wrote them (paragraphs kept); nothing when empty. */
export function nextStepsSection(ctx: ReportContext): string {
  const text = ctx.ws.report.nextSteps.trim();
  if (text === '') return '';
  const paragraphs = text.split(/\n\s*\n/).map((p) => `<p>${esc(p.trim()).replace(/\n/g, '<br>')}</p>`).join('');
  return `<section class="follows" id="next-steps">
  <h2>${esc(ctx.t.nextStepsTitle)}</h2>
  <div class="next-steps">${paragraphs}</div>
</section>`;
}
