import type { LinkCell } from '../audit';
import { describeSource } from '../facts/labels';
import type { FactSource } from '../../schema/workspace';
import type { ReportContext } from './context';
import { escapeHtml as esc } from './escape';
import { linkCounts } from './summary';

const SYMBOL: Readonly<Record<LinkCell, string>> = { link: '✓', 'via-site': '↪', none: '✕', self: '' };
/** Beside a link's symbol: filled when a file showed it, hollow when it is only declared (never colour alone). */
const SEEN = '◉';
const DECLARED = '○';

/** One cell: its symbol, whether the link was seen (and where) or declared, in the title and for screen readers. */
function cell(ctx: ReportContext, c: LinkCell, seen: FactSource | null): string {
  const linked = c === 'link' || c === 'via-site';
  const source = seen === null ? '' : describeSource(seen, ctx.opts.lang);
  const words = linked ? `${ctx.t.linkCell[c]} — ${seen === null ? ctx.t.linkDeclared : source.charAt(0).toUpperCase() + source.slice(1)}` : ctx.t.linkCell[c];
  const mark = linked ? `<span class="evidence">${seen === null ? DECLARED : SEEN}</span>` : '';
  return `<td class="cell-${c}" title="${esc(words)}">${SYMBOL[c]}${mark}<span class="sr">${esc(words)}</span></td>`;
}

function legend(ctx: ReportContext): string {
  const cells: LinkCell[] = ['link', 'via-site', 'none'];
  const evidence = ([[SEEN, ctx.t.linkSeen], [DECLARED, ctx.t.linkDeclared]] as const).map(([glyph, words]) => `<span><span class="cell-key">${glyph}</span> ${esc(words)}</span>`).join('');
  return `<p class="matrix-legend">${cells.map((c) => `<span><span class="cell-key cell-${c}">${SYMBOL[c]}</span> ${esc(ctx.t.linkCell[c])}</span>`).join('')}${evidence}</p>`;
}

/** A styled table rather than a picture: it stays readable in print and to screen readers. */
export function linksSection(ctx: ReportContext): string {
  const { t, matrix } = ctx;
  if (matrix.profiles.length < 2) {
    return `<section class="follows" id="links"><h2>${esc(t.linksTitle)}</h2><p class="empty">${esc(t.linksEmpty)}</p></section>`;
  }
  const head = matrix.profiles.map((p, i) => `<th scope="col"><span class="num">${i + 1}</span>${esc(ctx.network(p.network))}</th>`).join('');
  const rows = matrix.profiles.map((p, i) => {
    const cells = (matrix.cells[i] ?? []).map((c, j) => cell(ctx, c, matrix.seen[i]?.[j] ?? null)).join('');
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
