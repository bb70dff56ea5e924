import { endOfWeek, format, parseISO, startOfWeek, subWeeks } from 'date-fns';
import { useMemo } from 'react';
import type { NetworkRegistry } from '../../../../shared/domain/networks/registry';
import { planFindings } from '../../../../shared/domain/plan/warnings';
import { statsByNetwork, type PostingStats } from '../../../../shared/domain/posts/stats';
import type { Workspace } from '../../../../shared/schema/workspace';
import { AdherenceChart, type AdherenceWeek } from '../../charts/AdherenceChart';
import { countShown, Heatmap } from '../../charts/Heatmap';
import { useLocale } from '../../i18n/useLocale';
import { usePlanText } from './text';
import { localDay } from '../../../../shared/domain/dates/local-date';
import { usePlanStatus } from './usePlan';
import { labelOf } from '../inventory/useRegistry';
import { formatLocal } from '../../../../shared/domain/dates/local-date';

const CHART_WEEKS = 12;

/** How regular the posting is: adherence per week, figures per network, a year's heatmap, the plan's warnings. */
export function Regularity({ ws, now, registry }: { ws: Workspace; now: Date; registry: NetworkRegistry }) {
  const { t } = usePlanText();
  const { locale, weekStartsOn, lang } = useLocale();
  const from = format(startOfWeek(subWeeks(now, CHART_WEEKS - 1), { weekStartsOn }), 'yyyy-MM-dd');
  const to = format(endOfWeek(now, { weekStartsOn }), 'yyyy-MM-dd');
  const status = usePlanStatus(ws, from, to, now);
  const stats = useMemo(() => statsByNetwork(ws.posts, { now: now.getTime(), weekStartsOn }), [ws.posts, now, weekStartsOn]);
  const warnings = useMemo(() => planFindings(ws, now, { weekStartsOn }), [ws, now, weekStartsOn]);
  const networks = Object.keys(stats);

  const weeks = useMemo<AdherenceWeek[]>(() => {
    const planned = new Map<string, number>();
    for (const s of status.slots) {
      if (s.state === 'skipped') continue;
      const week = format(startOfWeek(parseISO(s.localDate), { weekStartsOn }), 'yyyy-MM-dd');
      planned.set(week, (planned.get(week) ?? 0) + 1);
    }
    return status.weekly.map((w) => ({ label: formatLocal(parseISO(w.weekStart), 'd MMM', locale), planned: planned.get(w.weekStart) ?? w.due, done: w.done, pct: w.pct }));
  }, [status, weekStartsOn, locale]);

  const adherenceByNetwork = useMemo(() => {
    const out = new Map<string, { done: number; due: number }>();
    for (const p of ws.profiles) {
      const a = status.byProfile[p.id];
      if (!a) continue;
      const acc = out.get(p.network) ?? { done: 0, due: 0 };
      out.set(p.network, { done: acc.done + a.done, due: acc.due + a.due });
    }
    return out;
  }, [ws.profiles, status.byProfile]);

  const day = (iso: string) => formatLocal(new Date(iso), 'PP', locale);
  const n1 = (x: number | null) => (x === null ? t('none') : t('days', { value: x.toLocaleString(locale.code, { maximumFractionDigits: 1 }) }));
  const perWeek = (s: PostingStats) => {
    const recent = s.postsPerWeekSeries.slice(-CHART_WEEKS);
    return recent.length === 0 ? 0 : recent.reduce((sum, w) => sum + w.count, 0) / recent.length;
  };
  const pct = (a: { done: number; due: number } | undefined) => (a && a.due > 0 ? t('pct', { value: Math.round((100 * a.done) / a.due) }) : t('none'));
  const overall = status.overall;

  return (
    <div className="regularity">
      <section className="card" aria-labelledby="adh-title">
        <h2 id="adh-title" className="card-title">{t('adherenceTitle')}</h2>
        {overall.due === 0 && <p className="muted">{t('adherenceNone')}</p>}
        {weeks.length > 0 && (
          <AdherenceChart
            weeks={weeks}
            label={t('adherenceLabel', { pct: overall.pct === null ? t('none') : t('pct', { value: overall.pct }), weeks: CHART_WEEKS, done: overall.done, due: overall.due })}
            plannedText={t('planned')}
            doneText={t('done')}
            describe={(w) => t('weekTip', { week: w.label, done: w.done, count: w.planned })}
          />
        )}
        <p className="adherence-figure" data-testid="adherence-overall">{t('adherenceIs')} <strong>{overall.pct === null ? t('none') : t('pct', { value: overall.pct })}</strong> <span className="muted">({overall.done}/{overall.due})</span></p>
      </section>

      <section className="card" aria-labelledby="fig-title">
        <h2 id="fig-title" className="card-title">{t('figuresTitle')}</h2>
        {networks.length === 0 ? <p className="muted">{t('noPosts')}</p> : (
          <div className="table-scroll">
            <table className="figures" data-testid="regularity-figures">
              <thead>
                <tr>
                  <th scope="col">{t('network')}</th><th scope="col">{t('perWeek_')}</th><th scope="col">{t('adherence')}</th>
                  <th scope="col">{t('currentStreak')}</th><th scope="col">{t('longestStreak')}</th><th scope="col">{t('longestSilence')}</th>
                  <th scope="col">{t('medianGap')}</th><th scope="col">{t('gapVariation')}</th>
                </tr>
              </thead>
              <tbody>
                {networks.map((n) => {
                  const s = stats[n] as PostingStats;
                  return (
                    <tr key={n}>
                      <th scope="row">{labelOf(registry, n, lang)}</th>
                      <td>{perWeek(s).toLocaleString(locale.code, { maximumFractionDigits: 1 })}</td>
                      <td>{pct(adherenceByNetwork.get(n))}</td>
                      <td>{t('weeks', { count: s.currentStreakWeeks })}</td>
                      <td>{t('weeks', { count: s.longestStreakWeeks })}</td>
                      <td>{s.longestGap ? t('silence', { days: Math.round(s.longestGap.days), from: day(s.longestGap.start), to: day(s.longestGap.end) }) : t('none')}</td>
                      <td>{n1(s.medianGapDays)}</td>
                      <td>{s.gapStdDevDays === null ? t('none') : `± ${n1(s.gapStdDevDays)}`}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {networks.length > 0 && (
        <section className="card" aria-labelledby="heat-title">
          <h2 id="heat-title" className="card-title">{t('heatmapTitle')}</h2>
          {networks.map((n) => <NetworkHeatmap key={n} ws={ws} network={n} label={labelOf(registry, n, lang)} now={now} />)}
        </section>
      )}

      <section className="card" aria-labelledby="warn-title">
        <h2 id="warn-title" className="card-title">{t('warningsTitle')}</h2>
        {warnings.length === 0 ? <p className="muted">{t('noWarnings')}</p> : (
          <ul className="plan-warnings" data-testid="plan-warnings">
            {warnings.map((w) => (
              <li key={w.key} className={`sev-${w.severity}`} data-code={w.code}>
                <strong>{w.message[lang]}</strong>
                <p className="muted">{w.fix[lang]}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function NetworkHeatmap({ ws, network, label, now }: { ws: Workspace; network: string; label: string; now: Date }) {
  const { t } = usePlanText();
  const { locale, weekStartsOn } = useLocale();
  const { counts, total } = useMemo(() => {
    const map = new Map<string, number>();
    for (const p of ws.posts) {
      if (p.network !== network || p.status !== 'published') continue;
      const d = new Date(p.date);
      if (Number.isNaN(d.getTime()) || d > now) continue;
      const key = localDay(d);
      map.set(key, (map.get(key) ?? 0) + 1);
    }
    // The posts on the days drawn, as the report counts them.
    return { counts: map, total: countShown(map, now, weekStartsOn) };
  }, [ws.posts, network, now, weekStartsOn]);
  return (
    <div className="network-heatmap">
      <h3>{label}</h3>
      <Heatmap
        counts={counts}
        end={now}
        weekStartsOn={weekStartsOn}
        locale={locale}
        label={t('heatmapLabel', { network: label, count: total })}
        less={t('less')}
        more={t('more')}
        cellTitle={(d, count) => t('heatmapCell', { count, date: formatLocal(d, 'PPP', locale) })}
        testId={`heatmap-${network}`}
      />
    </div>
  );
}
