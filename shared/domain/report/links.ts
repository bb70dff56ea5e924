import type { LinkCell } from '../audit';
import type { ReportContext } from './context';
import { escapeHtml as esc } from './escape';
import { linkCounts } from './summary';

const SYMBOL: Readonly<Record<LinkCell, string>> = { link: '✓', 'via-site': '↪', none: '✕', self: '' };

function legend(ctx: ReportContext): string {
  const cells: LinkCell[] = ['link', 'via-site', 'none'];
  return `<p class="matrix-legend">${cells.map((c) => `<span><span class="cell-key cell-${c}">${SYMBOL[c]}</span> ${esc(ctx.t.linkCell[c])}</span>`).join('')}</p>`;
}

/** A styled table rather than a picture: it stays readable in print and to screen readers. */
export function linksSection(ctx: ReportContext): string {
  const { t, matrix } = ctx;
  if (matrix.profiles.length < 2) {
    return `<section class="follows" id="links"><h2>${esc(t.linksTitle)}</h2><p class="empty">${esc(t.linksEmpty)}</p></section>`;
  }
  const head = matrix.profiles.map((p, i) => `<th scope="col"><span class="num">${i + 1}</span>${esc(ctx.network(p.network))}</th>`).join('');
  const rows = matrix.profiles.map((p, i) => {
    const cells = (matrix.cells[i] ?? []).map((c) => `<td class="cell-${c}" title="${esc(t.linkCell[c])}">${SYMBOL[c]}<span class="sr">${esc(t.linkCell[c])}</span></td>`).join('');
    return `<tr><th scope="row"><span class="num">${i + 1}</span>${esc(p.label)}</th>${cells}</tr>`;
  }).join('');
  const { linked, total } = linkCounts(ctx);
  return `<section class="follows" id="links">
  <h2>${esc(t.linksTitle)}</h2>
  <p class="intro">${esc(t.linksIntro)}</p>
  <table class="matrix"><thead><tr><th scope="col" class="corner">${esc(t.linkFrom)}</th>${head}</tr></thead><tbody>${rows}</tbody></table>
  ${legend(ctx)}
  <p class="matrix-summary">${esc(t.linksSummary(linked, total))}</p>
</section>`;
}
