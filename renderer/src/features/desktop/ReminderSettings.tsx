import { useId } from 'react';
import { defaultRegistry } from '../../../../shared/domain/networks/registry';
import type { ReminderSettings as Reminders } from '../../../../shared/schema/library';
import { useLibrary } from '../../app/library';
import { LEAD_CHOICES, leadLabel } from './lead';
import { useDesktopText } from './text';

const registry = defaultRegistry();

/** Settings › Reminders: notifications on or off, per network, and the .ics alarm lead. */
export function ReminderSettings() {
  const { t } = useDesktopText();
  const { settings, updateSettings, summaries } = useLibrary();
  const ids = { enabled: useId(), lead: useId(), networks: useId() };
  const r = settings.reminders;
  const save = (patch: Partial<Reminders>) => void updateSettings({ reminders: { ...r, ...patch } });
  // The networks the user's clients are on, and any turned off earlier.
  const networks = [...new Set([...summaries.flatMap((s) => s.networks), ...r.offNetworks])].sort();
  const leads: number[] = LEAD_CHOICES.includes(r.leadMinutes as (typeof LEAD_CHOICES)[number]) ? [...LEAD_CHOICES] : [...LEAD_CHOICES, r.leadMinutes].sort((a, b) => a - b);

  return (
    <section aria-labelledby={ids.networks + '-title'} data-testid="settings-reminders">
      <h2 id={ids.networks + '-title'}>{t('reminders.title')}</h2>
      <div className="card">
        <p>{t('reminders.intro')}</p>
        <div className="form-grid">
          <span />
          <label className="check">
            <input id={ids.enabled} type="checkbox" checked={r.enabled} onChange={(e) => save({ enabled: e.target.checked })} data-testid="reminders-enabled" />
            {t('reminders.enabled')}
          </label>
          <label htmlFor={ids.lead}>{t('reminders.lead')}</label>
          <select id={ids.lead} className="auto-width" value={r.leadMinutes} onChange={(e) => save({ leadMinutes: Number(e.target.value) })} data-testid="reminders-lead">
            {leads.map((m) => <option key={m} value={m}>{leadLabel(t, m)}</option>)}
          </select>
        </div>
        <fieldset className="reminder-networks" disabled={!r.enabled} aria-describedby={networks.length ? undefined : ids.networks}>
          <legend>{t('reminders.networks')}</legend>
          {networks.length === 0 && <p id={ids.networks} className="muted">{t('reminders.noNetworks')}</p>}
          {networks.map((n) => (
            <label key={n} className="check">
              <input
                type="checkbox"
                checked={!r.offNetworks.includes(n)}
                onChange={(e) => save({ offNetworks: e.target.checked ? r.offNetworks.filter((x) => x !== n) : [...r.offNetworks, n] })}
                data-testid={`reminders-network-${n}`}
              />
              {registry.get(n)?.label ?? n}
            </label>
          ))}
        </fieldset>
      </div>
    </section>
  );
}
