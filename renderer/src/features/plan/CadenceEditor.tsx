import { addDays, startOfWeek } from 'date-fns';
import { useId, useMemo } from 'react';
import { cadenceProblems, defaultCadence } from '../../../../shared/domain/plan/cadence';
import type { NetworkRegistry } from '../../../../shared/domain/networks/registry';
import type { Cadence, Profile } from '../../../../shared/schema/workspace';
import { useLibrary } from '../../app/library';
import { useLocale } from '../../i18n/useLocale';
import { todayIso, withProfile } from './editing';
import { usePlanText } from './text';
import { DayField, TimeField } from '../../ui/DateFields';
import { localSource } from '../../../../shared/domain/networks/label';
import { formatLocal } from '../../../../shared/domain/dates/local-date';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const HH_MM = /^\d{2}:\d{2}$/;
const viewerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/Paris';

/** The profile's cadence: how often, which days and hours, in which zone, with pauses. Mount with key={profile.id}. */
export function CadenceEditor({ profile, registry }: { profile: Profile; registry: NetworkRegistry }) {
  const { t } = usePlanText();
  const { lang, locale, weekStartsOn } = useLocale();
  const { editWorkspace } = useLibrary();
  const id = useId();
  const c = profile.cadence;
  const network = registry.get(profile.network);
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  const weekdays = useMemo(() => {
    const first = startOfWeek(new Date(), { weekStartsOn });
    return Array.from({ length: 7 }, (_, i) => addDays(first, i)).map((d) => ({ value: d.getDay(), short: formatLocal(d, 'EEE', locale), long: formatLocal(d, 'EEEE', locale) }));
  }, [locale, weekStartsOn]);

  const save = (next: Cadence | null) => editWorkspace((w) => withProfile(w, profile.id, () => ({ cadence: next })));
  const set = (patch: Partial<Cadence>) => c && save({ ...c, ...patch });
  const recommended = () => {
    if (!network) return null;
    const { source, ...cadence } = defaultCadence(network, todayIso(), viewerZone());
    return { cadence, source };
  };
  const rec = recommended();
  const problems = c ? cadenceProblems(c) : [];
  const problemFor = (field: string) => problems.filter((p) => p.field === field || p.field.startsWith(`${field}[`) || p.field.startsWith(`${field}.`));
  const errorText = (field: string) => {
    const list = problemFor(field);
    return list.length > 0 ? <p className={list.some((p) => p.level === 'error') ? 'field-error' : 'field-hint'} role="alert">{list.map((p) => p.message[lang]).join(' ')}</p> : null;
  };

  const countError = errorText('count');

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <div className="toolbar card-head">
        <h3 id={`${id}-h`} className="card-title grow">{t('cadenceTitle')}</h3>
        {rec && <button type="button" className="btn small primary" onClick={() => save(rec.cadence)} data-testid="cadence-recommended">{t('useRecommended')}</button>}
        {c && <button type="button" className="btn small" onClick={() => save(null)}>{t('removeCadence')}</button>}
      </div>
      {rec && <p className="field-hint">{t('recommendedSource', { source: localSource(rec, lang) })}</p>}
      {!c ? <p className="muted">{t('noCadence')}</p> : (
        <div className="form-grid cadence-form">
          <label htmlFor={`${id}-count`}>{t('count')}</label>
          <div className="inline-fields">
            <input
              id={`${id}-count`} type="number" min={1} max={100} value={c.count} className="narrow"
              onChange={(e) => { const n = Math.round(Number(e.target.value)); if (n >= 1 && n <= 100) set({ count: n }); }}
              data-testid="cadence-count"
            />
            <label htmlFor={`${id}-per`}>{t('per')}</label>
            <select id={`${id}-per`} value={c.per} className="auto-width" onChange={(e) => set({ per: e.target.value as Cadence['per'] })} data-testid="cadence-per">
              <option value="week">{t('perWeek')}</option>
              <option value="month">{t('perMonth')}</option>
            </select>
          </div>
          {countError && <><span />{countError}</>}

          <span id={`${id}-days`}>{t('weekdays')}</span>
          <div className="weekday-picks" role="group" aria-labelledby={`${id}-days`}>
            {weekdays.map((d) => (
              <label key={d.value} className="weekday-pick" title={d.long}>
                <input
                  type="checkbox" checked={c.weekdays.includes(d.value)} aria-label={d.long}
                  onChange={(e) => set({ weekdays: e.target.checked ? [...c.weekdays, d.value].sort() : c.weekdays.filter((x) => x !== d.value) })}
                />
                <span aria-hidden="true">{d.short}</span>
              </label>
            ))}
          </div>

          <span>{t('timeWindows')}</span>
          <div className="rows">
            {c.timeWindows.map((w, i) => (
              <div key={i} className="inline-fields">
                <TimeField aria-label={t('windowStart', { n: i + 1 })} value={w.start}
                  onValue={(v) => v !== null && HH_MM.test(v) && set({ timeWindows: c.timeWindows.map((x, j) => (j === i ? { ...x, start: v } : x)) })} />
                <span aria-hidden="true">–</span>
                <TimeField aria-label={t('windowEnd', { n: i + 1 })} value={w.end}
                  onValue={(v) => v !== null && HH_MM.test(v) && set({ timeWindows: c.timeWindows.map((x, j) => (j === i ? { ...x, end: v } : x)) })} />
                <button type="button" className="btn small" aria-label={t('removeWindow', { n: i + 1 })} onClick={() => set({ timeWindows: c.timeWindows.filter((_, j) => j !== i) })}>{t('remove')}</button>
              </div>
            ))}
            {errorText('timeWindows')}
            <div><button type="button" className="btn small" onClick={() => set({ timeWindows: [...c.timeWindows, { start: '12:00', end: '13:00' }] })}>{t('addWindow')}</button></div>
          </div>

          <label htmlFor={`${id}-tz`}>{t('timeZone')}</label>
          <div>
            <select id={`${id}-tz`} value={c.timeZone} onChange={(e) => set({ timeZone: e.target.value })}>
              {!zones.includes(c.timeZone) && <option value={c.timeZone}>{c.timeZone}</option>}
              {zones.map((z) => <option key={z} value={z}>{z}</option>)}
            </select>
            {errorText('timeZone')}
          </div>

          <label htmlFor={`${id}-start`}>{t('startDate')}</label>
          <div>
            <DayField id={`${id}-start`} value={c.startDate} onValue={(v) => v !== null && ISO_DAY.test(v) && set({ startDate: v })} data-testid="cadence-start" />
            {errorText('startDate')}
          </div>
          <label htmlFor={`${id}-end`}>{t('endDate')}</label>
          <div>
            <DayField id={`${id}-end`} value={c.endDate ?? ''} onValue={(v) => v !== null && set({ endDate: ISO_DAY.test(v) ? v : null })} />
            {errorText('endDate')}
          </div>

          <span>{t('pauses')}</span>
          <div className="rows">
            {c.pauses.length === 0 && <span className="muted">{t('noPauses')}</span>}
            {c.pauses.map((p, i) => {
              const change = (patch: Partial<Cadence['pauses'][number]>) => set({ pauses: c.pauses.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
              return (
                <div key={i} className="inline-fields">
                  <DayField aria-label={t('pauseStart', { n: i + 1 })} value={p.start} onValue={(v) => v !== null && ISO_DAY.test(v) && change({ start: v })} />
                  <span aria-hidden="true">→</span>
                  <DayField aria-label={t('pauseEnd', { n: i + 1 })} value={p.end} onValue={(v) => v !== null && ISO_DAY.test(v) && change({ end: v })} />
                  <input type="text" aria-label={t('pauseLabel', { n: i + 1 })} placeholder={t('pauseLabelPlaceholder')} maxLength={120} value={p.label} onChange={(e) => change({ label: e.target.value })} />
                  <button type="button" className="btn small" aria-label={t('removePause', { n: i + 1 })} onClick={() => set({ pauses: c.pauses.filter((_, j) => j !== i) })}>{t('remove')}</button>
                </div>
              );
            })}
            {errorText('pauses')}
            <div>
              <button type="button" className="btn small" onClick={() => { const d = todayIso(); set({ pauses: [...c.pauses, { start: d, end: d, label: '' }] }); }}>{t('addPause')}</button>
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
