import { useVirtualizer } from '@tanstack/react-virtual';
import { useId, useMemo, useRef, useState } from 'react';
import type { WorkspaceSummary } from '../../../../shared/ipc/contract';
import { useLibrary } from '../../app/library';
import { ScoreRing } from '../../charts/ScoreRing';
import { useAuditText } from './text';

type Sort = 'worst' | 'best' | 'trend';

const trendOf = (s: WorkspaceSummary) => (s.score !== null && s.previousScore !== null ? s.score - s.previousScore : 0);

/** Not-yet-audited clients always go last, whatever the order. */
function sorted(list: readonly WorkspaceSummary[], sort: Sort): WorkspaceSummary[] {
  const key = (s: WorkspaceSummary) => (sort === 'trend' ? trendOf(s) : (s.score ?? 0));
  const dir = sort === 'best' ? -1 : 1;
  return [...list].sort((a, b) => {
    if ((a.score === null) !== (b.score === null)) return a.score === null ? 1 : -1;
    return dir * (key(a) - key(b)) || a.name.localeCompare(b.name);
  });
}

const ROW = 60;

/** The consultant's view: every client by score and trend; a click opens that client's audit. */
export function ClientsByScore({ onOpened }: { onOpened: () => void }) {
  const { t } = useAuditText();
  const { summaries, openWorkspace, workspace } = useLibrary();
  const [sort, setSort] = useState<Sort>('worst');
  const sortId = useId();
  const rows = useMemo(() => sorted(summaries.filter((s) => !s.archived), sort), [summaries, sort]);
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read only during this render
  const virtual = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW, overscan: 8 });

  const trendText = (s: WorkspaceSummary) => {
    const d = trendOf(s);
    return d > 0 ? t('trendUp', { delta: d }) : d < 0 ? t('trendDown', { delta: -d }) : t('trendFlat');
  };
  const trendLabel = (s: WorkspaceSummary) => {
    const d = trendOf(s);
    return d > 0 ? t('trendUpLabel', { delta: d }) : d < 0 ? t('trendDownLabel', { delta: -d }) : t('trendFlatLabel');
  };

  return (
    <section aria-labelledby="clients-score-title">
      <div className="toolbar">
        <div className="grow">
          <h2 id="clients-score-title">{t('clientsTitle')}</h2>
          <p className="muted">{t('clientsIntro')}</p>
        </div>
        <label htmlFor={sortId}>{t('sortLabel')}</label>
        <select id={sortId} value={sort} onChange={(e) => setSort(e.target.value as Sort)} className="auto-width" data-testid="clients-sort">
          <option value="worst">{t('sortWorst')}</option>
          <option value="best">{t('sortBest')}</option>
          <option value="trend">{t('sortTrend')}</option>
        </select>
      </div>
      {rows.length === 0
        ? <p className="empty-state">{t('clientsEmpty')}</p>
        : (
            <div ref={scroller} className="clients-score-scroller">
              <ul className="clients-score-list" style={{ height: virtual.getTotalSize() }}>
                {virtual.getVirtualItems().map((item) => {
                  const s = rows[item.index] as WorkspaceSummary;
                  const d = trendOf(s);
                  return (
                    <li key={s.id} className="clients-score-row" style={{ transform: `translateY(${item.start}px)`, height: ROW }}>
                      <button
                        type="button"
                        className="clients-score-button"
                        aria-current={workspace?.id === s.id ? 'true' : undefined}
                        aria-label={t('openAudit', { name: s.name, score: s.score ?? t('noClientScore'), trend: trendLabel(s) })}
                        onClick={() => void openWorkspace(s.id).then(onOpened)}
                        data-testid="client-score-row"
                      >
                        <ScoreRing score={s.score} size={40} label="" testId="client-score-ring" />
                        <span className="clients-score-name">
                          <strong>{s.name}</strong>
                          <span className="muted">{s.personName || s.headline}</span>
                        </span>
                        {s.score === null
                          ? <span className="muted">{t('noClientScore')}</span>
                          : <span className={d > 0 ? 'trend-up' : d < 0 ? 'trend-down' : 'muted'} aria-hidden="true" data-testid="client-score-trend">{trendText(s)}</span>}
                        {s.coverage !== null && <span className="muted small" data-testid="client-score-coverage">{t('coverageShort', { coverage: s.coverage })}</span>}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </div>
          )}
    </section>
  );
}
