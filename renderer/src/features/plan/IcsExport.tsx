import { addWeeks, format } from 'date-fns';
import { useId, useState } from 'react';
import { planStatus } from '../../../../shared/domain/plan/adherence';
import { planToIcs } from '../../../../shared/domain/plan/ics';
import type { Workspace } from '../../../../shared/schema/workspace';
import { useLocale } from '../../i18n/useLocale';
import { downloadText } from '../../ui/files';
import { showToast } from '../../ui/Toast';
import { usePlanText } from './text';

const WEEK_CHOICES = [4, 8, 12, 26, 52] as const;

/** Exports the next N weeks of slots as an .ics file for any calendar app. */
export function IcsExport({ ws }: { ws: Workspace }) {
  const { t } = usePlanText();
  const { lang, weekStartsOn } = useLocale();
  const [weeks, setWeeks] = useState<number>(12);
  const id = useId();

  const run = () => {
    const now = new Date();
    const status = planStatus(ws, { from: format(now, 'yyyy-MM-dd'), to: format(addWeeks(now, weeks), 'yyyy-MM-dd') }, now, { weekStartsOn });
    if (status.slots.length === 0) return showToast({ message: t('exportNothing') });
    const result = planToIcs(ws, status.slots, { lang, now });
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
      <button type="button" className="btn" onClick={run} data-testid="ics-export">{t('exportIcs')}</button>
    </div>
  );
}
