import { planStatus, type SlotStatus } from '../plan/adherence';
import { dayToUtcMs, formatDay, parseDay, startOfWeekDay } from '../plan/calendar';
import type { ReportContext } from './context';
import { escapeHtml as esc } from './escape';
import { localDay } from '../dates/local-date';

const WEEKS = 8;
const NOON = 12 * 3_600_000;

/** A calendar day number as a Date that every time zone within ±11 h shows as that same day, for date-fns. */
export const dayDate = (day: number): Date => new Date(dayToUtcMs(day) + NOON);

function weekRow(ctx: ReportContext, weekStart: number, slots: readonly SlotStatus[]): string {
  const byProfile = new Map<string, SlotStatus[]>();
  for (const s of slots) byProfile.set(s.profileId, [...(byProfile.get(s.profileId) ?? []), s]);
  const themes = new Map(ctx.ws.profiles.map((p) => [p.id, p.theme?.title.trim() ?? '']));
  const entries = [...byProfile].map(([id, list]) => {
    const days = list.map((s) => `${ctx.date(dayDate(parseDay(s.localDate) ?? weekStart), 'EEE d')} ${s.localTime}`).join(' · ');
    const theme = themes.get(id);
    return `<li><span class="net">${esc(ctx.profile(id))}</span>${theme ? ` <span class="theme-tag">${esc(theme)}</span>` : ''}<span class="days">${esc(days)}</span></li>`;
  });
  return `<tr><th scope="row">${esc(ctx.t.weekOf(ctx.date(dayDate(weekStart), 'd MMM')))}</th><td>${entries.length ? `<ul>${entries.join('')}</ul>` : `<span class="muted">${esc(ctx.t.noSlotsWeek)}</span>`}</td></tr>`;
}

/** The coming weeks' planned posts, one row per week. */
export function agendaSection(ctx: ReportContext): string {
  const { t, ws, opts } = ctx;
  const today = parseDay(localDay(opts.now)) ?? 0;
  const first = startOfWeekDay(today, opts.weekStartsOn);
  const planned = ws.profiles.some((p) => p.cadence !== null && p.status !== 'to-close');
  let body = `<p class="empty">${esc(t.noPlan)}</p>`;
  if (planned) {
    const status = planStatus(ws, { from: formatDay(today), to: formatDay(first + WEEKS * 7 - 1) }, opts.now, { weekStartsOn: opts.weekStartsOn });
    const weeks = new Map<number, SlotStatus[]>();
    for (let w = 0; w < WEEKS; w++) weeks.set(first + 7 * w, []);
    for (const s of status.slots) {
      if (s.state === 'skipped') continue;
      weeks.get(startOfWeekDay(parseDay(s.localDate) ?? first, opts.weekStartsOn))?.push(s);
    }
    body = `<table class="agenda"><tbody>${[...weeks].map(([start, slots]) => weekRow(ctx, start, slots)).join('')}</tbody></table>`;
  }
  return `<section class="follows flow" id="plan">
  <h2>${esc(t.planTitle)}</h2>
  <p class="intro">${esc(t.planIntro)}</p>
  ${body}
</section>`;
}
