import { statsByNetwork } from '../posts';
import { localDay } from '../dates/local-date';
import { heatmapFirstDay, parseDay } from '../plan/calendar';
import { dayDate } from './agenda';
import { heatLegend, heatmapSvg } from './charts';
import type { ReportContext } from './context';
import { escapeHtml as esc } from './escape';

/** The calendar day number of the user's local day at `ms` (the plan screen's heatmap groups by the same day). */
const localDayNumber = (ms: number): number => parseDay(localDay(ms)) as number;

/** Published posts per network and local day, over the 52 weeks ending today. */
function dailyCounts(ctx: ReportContext, firstDay: number, endDay: number): Map<string, Map<number, number>> {
  const out = new Map<string, Map<number, number>>();
  for (const post of ctx.ws.posts) {
    if (post.status !== 'published') continue;
    const ms = Date.parse(post.date);
    if (Number.isNaN(ms)) continue;
    const day = localDayNumber(ms);
    if (day < firstDay || day > endDay) continue;
    const counts = out.get(post.network) ?? new Map<number, number>();
    counts.set(day, (counts.get(day) ?? 0) + 1);
    out.set(post.network, counts);
  }
  return out;
}

/** The posting heatmap of each network, GitHub style. */
export function activitySection(ctx: ReportContext): string {
  const { t, opts } = ctx;
  const endDay = localDayNumber(opts.now.getTime());
  const firstDay = heatmapFirstDay(endDay, opts.weekStartsOn);
  const perNetwork = [...dailyCounts(ctx, firstDay, endDay)].sort((a, b) => ctx.network(a[0]).localeCompare(ctx.network(b[0])));
  const stats = statsByNetwork(ctx.ws.posts, { now: opts.now.getTime(), weekStartsOn: opts.weekStartsOn });
  const blocks = perNetwork.map(([network, counts]) => {
    const label = ctx.network(network);
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const s = stats[network];
    const facts = [t.postsYear(total)];
    if (s && s.currentStreakWeeks > 0) facts.push(t.streak(s.currentStreakWeeks));
    if (s?.medianGapDays != null) facts.push(t.medianGap(Math.max(1, Math.round(s.medianGapDays))));
    const svg = heatmapSvg({
      counts, endDay, weekStartsOn: opts.weekStartsOn, alt: t.regularityAlt(label, total),
      monthLabel: (day) => ctx.date(dayDate(day), 'LLL'),
      weekdayLabel: (day) => ctx.date(dayDate(day), 'EEEEE'),
    });
    return `<figure class="activity"><figcaption><b>${esc(label)}</b> <span class="muted">${esc(facts.join(' · '))}</span></figcaption>${svg}</figure>`;
  });
  return `<section class="follows" id="regularity">
  <h2>${esc(t.regularityTitle)}</h2>
  <p class="intro">${esc(t.regularityIntro)} ${heatLegend(t.less, t.more)}</p>
  ${blocks.length ? blocks.join('') : `<p class="empty">${esc(t.noPosts)}</p>`}
</section>`;
}
