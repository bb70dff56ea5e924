import { useId } from 'react';
import { Goal, type Person } from '../../../../shared/schema/workspace';
import { tradeText } from '../../../../shared/domain/audit/trade-text';
import { inferTrade, TRADES, tradeLabel } from '../../../../shared/domain/audit/trades';
import { useLibrary, useWorkspace } from '../../app/library';
import { useLocale } from '../../i18n/useLocale';
import { ListField, TextField } from './fields';
import { PersonCareer } from './PersonCareer';
import { patchPerson } from './profile-edit';
import { useInventoryText } from './text';


/** Who the client is: the facts every profile should agree with. */
export function PersonCard() {
  const { t } = useInventoryText();
  const { lang } = useLocale();
  const { person } = useWorkspace();
  const { editWorkspace } = useLibrary();
  const ids = { title: useId(), trades: useId(), tradeHint: useId(), tradeFound: useId() };
  // The trade the audit reads (typed, else from the headline or positions), shown so that the user can correct it.
  const found = inferTrade(person);
  const options = [...new Set(TRADES.flatMap((tr) => (lang === 'fr' ? [tr.label.fr.f, tr.label.fr.m] : [tr.label.en])))];
  const set = (patch: Partial<Person>) => editWorkspace((ws) => patchPerson(ws, patch));
  return (
    <aside className="card person-card" aria-labelledby={ids.title}>
      <h2 id={ids.title}>{t('person.title')}</h2>
      <div className="form-stack">
        <TextField id="person-displayName" label={t('person.displayName')} value={person.displayName} onChange={(displayName) => set({ displayName })} hardMax={200} />
        <TextField id="person-headline" label={t('person.headline')} value={person.headline} onChange={(headline) => set({ headline })} hardMax={500} />
        <TextField id="person-summary" label={t('person.summary')} value={person.summary} onChange={(summary) => set({ summary })} hardMax={20000} multiline />
        <TextField id="person-location" label={t('person.location')} value={person.location} onChange={(location) => set({ location })} hardMax={200} />
        <TextField id="person-image" label={t('person.image')} value={person.image} onChange={(image) => set({ image })} hardMax={2048} note={<p className="field-hint">{t('person.imageHint')}</p>} />
        <ListField id="person-languages" label={t('person.languages')} items={person.languages} onChange={(languages) => set({ languages })} itemMax={60} />
        <label htmlFor="person-trade">{t('person.trade')}</label>
        <div>
          <input id="person-trade" type="text" list={ids.trades} maxLength={80} value={tradeText(person, lang)} onChange={(e) => set({ trade: e.target.value })} aria-describedby={`${ids.tradeHint} ${ids.tradeFound}`} data-testid="person-trade" />
          <datalist id={ids.trades}>{/* Trades the audit recognises, as suggestions; any text is accepted. */}{options.map((o) => <option key={o} value={o} />)}</datalist>
          <p id={ids.tradeHint} className="field-hint">{t('person.tradeHint')}</p>
          <p id={ids.tradeFound} className="field-hint" aria-live="polite" data-testid="person-trade-found">
            {found ? t('person.tradeFound', { trade: tradeLabel(found, lang), source: t(`person.tradeSources.${found.source}`) }) : t('person.tradeNone')}
          </p>
        </div>
        <label htmlFor="person-goal">{t('person.goal')}</label>
        <select id="person-goal" value={person.goal} onChange={(e) => set({ goal: e.target.value as Person['goal'] })} data-testid="person-goal">
          {Goal.options.map((g) => <option key={g} value={g}>{t(`person.goals.${g}`)}</option>)}
        </select>
      </div>
      <PersonCareer person={person} />
    </aside>
  );
}
