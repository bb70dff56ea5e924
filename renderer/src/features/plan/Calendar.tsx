import {
  addMonths, addWeeks, eachDayOfInterval, endOfMonth, endOfWeek, format, isSameMonth, startOfMonth, startOfWeek,
} from 'date-fns';
import { useMemo, useState, type ReactNode } from 'react';
import type { NetworkRegistry } from '../../../../shared/domain/networks/registry';
import type { Post, Workspace } from '../../../../shared/schema/workspace';
import type { SlotStatus } from '../../../../shared/domain/plan/adherence';
import { useLocale } from '../../i18n/useLocale';
import { byDay, calendarItems, slotRangeFor, STATE_GLYPH, type CalendarItem } from './calendar-items';
import { networkColour, networkInitial } from './network-colours';
import { usePlanText } from './text';
import { usePlanStatus } from './usePlan';
import { labelOf } from '../inventory/useRegistry';
import { formatLocal } from '../../../../shared/domain/dates/local-date';

type View = 'month' | 'week' | 'agenda';
const MONTH_CELL_ITEMS = 3;

interface CalendarProps {
  ws: Workspace;
  now: Date;
  registry: NetworkRegistry;
  onSlot: (slot: SlotStatus) => void;
  onPost: (post: Post) => void;
}

/** Month, week and list views of the planned slots and the posts outside the plan, coloured by state. */
export function Calendar({ ws, now, registry, onSlot, onPost }: CalendarProps) {
  const { t } = usePlanText();
  const { locale, weekStartsOn, lang } = useLocale();
  const [view, setView] = useState<View>('month');
  const [cursor, setCursor] = useState(() => now);

  const { first, last } = useMemo(() => {
    if (view === 'week') return { first: startOfWeek(cursor, { weekStartsOn }), last: endOfWeek(cursor, { weekStartsOn }) };
    const month = { first: startOfMonth(cursor), last: endOfMonth(cursor) };
    return view === 'agenda' ? month : { first: startOfWeek(month.first, { weekStartsOn }), last: endOfWeek(month.last, { weekStartsOn }) };
  }, [view, cursor, weekStartsOn]);
  const from = format(first, 'yyyy-MM-dd');
  const to = format(last, 'yyyy-MM-dd');
  const range = useMemo(() => slotRangeFor(ws, from, to), [ws, from, to]);
  const status = usePlanStatus(ws, range.from, range.to, now);
  const items = useMemo(() => byDay(calendarItems(ws, status.slots, from, to, now)), [ws, status.slots, from, to, now]);
  const days = useMemo(() => eachDayOfInterval({ start: first, end: last }), [first, last]);
  const today = format(now, 'yyyy-MM-dd');

  const step = (n: number) => setCursor((c) => (view === 'week' ? addWeeks(c, n) : addMonths(c, n)));
  const title = view === 'week'
    ? `${formatLocal(first, 'd MMM', locale)} – ${formatLocal(last, 'd MMM yyyy', locale)}`
    : formatLocal(cursor, 'LLLL yyyy', locale);
  const networkLabel = (id: string) => labelOf(registry, id, lang);
  const open = (item: CalendarItem) => (item.slot ? onSlot(item.slot) : item.post && onPost(item.post));
  const profileName = (id: string) => ws.profiles.find((p) => p.id === id);

  const when = (iso: string) => formatLocal(new Date(iso), 'EEEE d MMMM, HH:mm', locale);
  const itemState = (item: CalendarItem) => {
    const movedTo = item.state === 'rescheduled' && !item.movedFrom ? item.slot?.rescheduledTo : undefined;
    const state = movedTo ? t('rescheduledTo', { date: when(movedTo) }) : t(`state.${item.state}`);
    return item.movedFrom ? `${state} ${t('movedFrom', { date: when(item.movedFrom) })}` : state;
  };

  const itemButton = (item: CalendarItem, detailed: boolean) => {
    const theme = item.slot ? profileName(item.slot.profileId)?.theme?.title : item.post?.theme;
    const shownTheme = detailed && !item.excerpt ? theme : undefined;
    const net = networkLabel(item.network);
    // The name starts with the visible text (so voice control finds the button), then the state the glyph and colour show.
    const visible = [item.time, net, item.excerpt || shownTheme].filter(Boolean).join(' ');
    return (
      <button
        key={item.id}
        type="button"
        className={`cal-item state-${item.state}${item.movedFrom ? ' moved-here' : ''}`}
        onClick={() => open(item)}
        aria-label={`${visible}, ${itemState(item)}`}
        title={[t('slotLabel', { network: net, time: item.time, state: itemState(item) }), item.excerpt].filter(Boolean).join('\n')}
        data-testid="cal-item"
        data-state={item.state}
        data-day={item.day}
        data-network={item.network}
      >
        <span className="cal-glyph" aria-hidden="true">{STATE_GLYPH[item.state]}</span>
        <span className="cal-time">{item.time}</span>{' '}
        {/* The network's colour always comes with its initial, and its name where there is room. */}
        <span className="cal-badge" style={{ backgroundColor: networkColour(item.network) }} aria-hidden="true" data-testid="cal-badge">{networkInitial(net)}</span>
        {(detailed || !item.excerpt) && <span className="cal-net">{net}</span>}
        {item.excerpt && <> <span className="cal-text" data-testid="cal-text">{item.excerpt}</span></>}
        {shownTheme && <> <span className="cal-theme">{shownTheme}</span></>}
      </button>
    );
  };

  // The week view names each column's date in its head, so its cells need no day number.
  const weekdayHeads = days.slice(0, 7).map((d) => (
    <th key={d.toISOString()} scope="col" className={view === 'week' && format(d, 'yyyy-MM-dd') === today ? 'today' : undefined}>
      <abbr title={formatLocal(d, view === 'week' ? 'EEEE d MMMM' : 'EEEE', locale)}>{formatLocal(d, 'EEE', locale)}</abbr>
      {view === 'week' && <span className="cal-headnum">{format(d, 'd')}</span>}
    </th>
  ));
  const weeks: Date[][] = [];
  for (let i = 0; i < days.length; i += 7) weeks.push(days.slice(i, i + 7));

  return (
    <section className="calendar" aria-labelledby="cal-title">
      <div className="toolbar cal-toolbar">
        <button type="button" className="btn small" onClick={() => step(-1)} aria-label={t('previous')}>‹</button>
        <button type="button" className="btn small" onClick={() => setCursor(now)}>{t('today')}</button>
        <button type="button" className="btn small" onClick={() => step(1)} aria-label={t('next')}>›</button>
        <h2 id="cal-title" className="cal-title grow" aria-live="polite">{title}</h2>
        <div className="tabs" role="group" aria-label={t('view')}>
          {(['month', 'week', 'agenda'] as const).map((v) => (
            <button key={v} type="button" className="tab" aria-pressed={view === v} onClick={() => setView(v)} data-testid={`cal-view-${v}`}>
              {t(v === 'month' ? 'viewMonth' : v === 'week' ? 'viewWeek' : 'viewAgenda')}
            </button>
          ))}
        </div>
      </div>
      {status.invalid.map((inv) => (
        <p key={inv.profileId} className="notice warning">
          {t('invalidCadence', { profile: networkLabel(inv.network), message: inv.problems.map((p) => p.message[lang]).join(' ') })}
        </p>
      ))}
      {!ws.profiles.some((p) => p.cadence) && <p className="notice info">{t('noCadenceHint')}</p>}
      <Legend />

      {view === 'agenda'
        ? <Agenda days={days} items={items} today={today} render={(i) => itemButton(i, true)} />
        : (
            <table className={`cal-grid cal-${view}`} data-testid="calendar-grid">
              <caption className="visually-hidden">{title}</caption>
              <thead><tr>{weekdayHeads}</tr></thead>
              <tbody>
                {weeks.map((week) => (
                  <tr key={week[0]?.toISOString()}>
                    {week.map((d) => {
                      const key = format(d, 'yyyy-MM-dd');
                      const list = items.get(key) ?? [];
                      const shown = view === 'month' ? list.slice(0, MONTH_CELL_ITEMS) : list;
                      const outside = view === 'month' && !isSameMonth(d, cursor);
                      return (
                        <td key={key} className={`${outside ? 'outside' : ''} ${key === today ? 'today' : ''}`} aria-current={key === today ? 'date' : undefined} data-day={key}>
                          {view === 'month' && <span className="cal-daynum">{format(d, 'd')}</span>}
                          <div className="cal-items">
                            {shown.map((i) => itemButton(i, view === 'week'))}
                            {list.length > shown.length && (
                              <button type="button" className="cal-more" onClick={() => { setCursor(d); setView('week'); }}>
                                {t('moreItems', { count: list.length - shown.length })}
                              </button>
                            )}
                          </div>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
    </section>
  );
}

function Legend() {
  const { t } = usePlanText();
  return (
    <ul className="chart-legend cal-legend" aria-label={t('status')}>
      {(['upcoming', 'done', 'missed', 'rescheduled', 'skipped', 'logged', 'draft'] as const).map((s) => (
        <li key={s}><span className={`cal-item static state-${s}`} aria-hidden="true"><span className="cal-glyph">{STATE_GLYPH[s]}</span></span>{t(`state.${s}`)}</li>
      ))}
    </ul>
  );
}

function Agenda({ days, items, today, render }: { days: Date[]; items: Map<string, CalendarItem[]>; today: string; render: (i: CalendarItem) => ReactNode }) {
  const { t } = usePlanText();
  const { locale } = useLocale();
  const withItems = days.filter((d) => items.has(format(d, 'yyyy-MM-dd')));
  if (withItems.length === 0) return <p className="empty-state">{t('agendaEmpty')}</p>;
  return (
    <ol className="agenda" data-testid="agenda">
      {withItems.map((d) => {
        const key = format(d, 'yyyy-MM-dd');
        return (
          <li key={key} className={key === today ? 'today' : undefined}>
            <h3>{formatLocal(d, 'EEEE d MMMM', locale)}</h3>
            <div className="agenda-items">{(items.get(key) ?? []).map(render)}</div>
          </li>
        );
      })}
    </ol>
  );
}

