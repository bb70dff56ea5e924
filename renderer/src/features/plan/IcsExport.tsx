import { addWeeks, format } from 'date-fns';
import { useId, useState } from 'react';
import { planStatus } from '../../../../shared/domain/plan/adherence';
import { planToIcs } from '../../../../shared/domain/plan/ics';
import type { Workspace } from '../../../../shared/schema/workspace';
import { useLibrary } from '../../app/library';
import { useLocale } from '../../i18n/useLocale';
import { leadLabel } from '../desktop/lead';
import { useDesktopText } from '../desktop/text';
import { downloadText } from '../../ui/files';
import { showToast } from '../../ui/Toast';
import { usePlanText } from './text';

const WEEK_CHOICES = [4, 8, 12, 26, 52] as const;

/** Exports the next N weeks of slots as an .ics file for any calendar app. */
export function IcsExport({ ws }: { ws: Workspace }) {
  const { t } = usePlanText();
  const { lang, weekStartsOn } = useLocale();
  const { settings } = useLibrary();
  const desk = useDesktopText();
  const [weeks, setWeeks] = useState<number>(12);
  // Off by default: a calendar that starts ringing on import surprises people.
  const [alarm, setAlarm] = useState(false);
  const id = useId();
  const lead = settings.reminders.leadMinutes;

  const run = () => {
    const now = new Date();
    const status = planStatus(ws, { from: format(now, 'yyyy-MM-dd'), to: format(addWeeks(now, weeks), 'yyyy-MM-dd') }, now, { weekStartsOn });
    if (status.slots.length === 0) return showToast({ message: t('exportNothing') });
    const result = planToIcs(ws, status.slots, { lang, now, ...(alarm ? { alarmMinutes: lead } : {}) });
    if (!result.ok) return showToast({ message: result.message, tone: 'error' });
    const safe = ws.name.replace(/[^\p{L}\p{N}-]+/gu, '-').replace(/^-+|-+$/g, '') || 'vitrine';
    downloadText(`${safe}-plan.ics`, 'text/calendar', result.ics);
    showToast({ message: t('exported', { count: status.slots.length }) });
  };

  return (
    <div className="ics-export">
      <label htmlFor={id} className="visually-hidden">{t('exportWeeks')}</label>
      <select id={id} value={weeks} className="auto-width" onChange={(e) => setWeeks(Number(e.target.value))} data-testid="ics-weeks">
        {WEEK_CHOICES.map((n) => <option key={n} value={n}>{t('weeksOption', { count: n })}</option>)}
      </select>
      <label className="check">
        <input type="checkbox" checked={alarm} onChange={(e) => setAlarm(e.target.checked)} data-testid="ics-alarm" />
        {desk.t('ics.alarm', { lead: leadLabel(desk.t, lead) })}
      </label>
      <button type="button" className="btn" onClick={run} data-testid="ics-export">{t('exportIcs')}</button>
    </div>
  );
}
