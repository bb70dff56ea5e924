import { mainProfileChoice, mainProfileName, recordScore, scoreProgress, type AuditReport } from '../../../../shared/domain/audit';
import type { NetworkRegistry } from '../../../../shared/domain/networks/registry';
import type { Workspace } from '../../../../shared/schema/workspace';
import { ScoreRing, scoreBand } from '../../charts/ScoreRing';
import { Sparkline } from '../../charts/Sparkline';
import { useLocale } from '../../i18n/useLocale';
import { Breakdown } from './Breakdown';
import { useAuditText } from './text';
import { formatLocal } from '../../../../shared/domain/dates/local-date';

/** The workspace score as a ring, how it is made, and its history. */
export function ScoreOverview({ report, ws, registry }: { report: AuditReport; ws: Workspace; registry: NetworkRegistry }) {
  const { t } = useAuditText();
  const { locale, lang } = useLocale();
  const main = mainProfileChoice(ws);
  const scored = ws.profiles.some((p) => p.status === 'active' || p.status === 'dormant');
  // Nothing checked yet: no score, not a low one.
  const score = report.rated ? report.score : null;
  const lost = report.breakdown.reduce((s, b) => s + b.points, 0);
  // Stored history plus today's live score (the main process stores it on the next save).
  const now = new Date();
  const history = report.rated ? recordScore(ws, report.score, now).scoreHistory : ws.scoreHistory;
  const first = history[0];
  const last = history[history.length - 1];
  const day = (iso: string) => formatLocal(new Date(iso), 'PP', locale);
  const progress = report.rated ? scoreProgress(ws.scoreHistory, now, report.score) : null;
  const delta = progress?.delta ?? 0;

  return (
    <div className="audit-overview">
      <div className="card audit-score-card">
        <ScoreRing
          score={score}
          size={136}
          label={score === null ? t('noScoreLabel') : t('scoreLabel', { score, band: t(`band.${scoreBand(score)}`) })}
          testId="audit-score"
        />
        <div>
          <h2 className="audit-card-title">{t('scoreTitle')}</h2>
          {scored && (
            <p className="score-line" data-testid="audit-score-line">
              {score === null ? t('scoreLineNone', { coverage: report.coverage.percent }) : t('scoreLine', { score, coverage: report.coverage.percent })}
            </p>
          )}
          {!scored
            ? <p className="muted">{t('noProfiles')}</p>
            : score === null
              ? <p className="muted">{t('nothingChecked')}</p>
              : <p className="muted">{t('scoreHow', { base: report.base.toLocaleString(locale.code), lost })}</p>}
          {scored && (
            <p className="main-profile-line" data-testid="audit-main-profile" data-profile-id={main?.id ?? ''}>
              {main
                ? <><span aria-hidden="true">★</span> {t('mainProfile', { name: mainProfileName(ws, main.id, registry, lang), why: t(`mainWhy.${main.why}`) })}</>
                : t('mainProfileNone')}
            </p>
          )}
          {first && last && (
            <div className="audit-history">
              <span className="eyebrow">{t('history')}</span>
              {history.length > 1
                ? (
                    <>
                      <Sparkline
                        values={history.map((p) => p.score)}
                        label={t('historyLabel', { count: history.length, first: first.score, firstDate: day(first.at), last: last.score, lastDate: day(last.at) })}
                      />
                      {progress?.previous && (
                        <span className={delta > 0 ? 'trend-up' : delta < 0 ? 'trend-down' : 'muted'} data-testid="audit-progress">
                          {t('historyDelta', { delta: delta > 0 ? `+${delta}` : String(delta), date: day(progress.previous.at) })}
                        </span>
                      )}
                    </>
                  )
                : <span className="muted">{t('historyOne')}</span>}
            </div>
          )}
        </div>
      </div>
      <div className="card">
        <h2 className="audit-card-title">{t('workspaceLoss')}</h2>
        {/* The whole presence pays for workspace findings and for what exposes a personal profile (weight 0 otherwise). */}
        <Breakdown breakdown={report.breakdown} findings={report.findings.filter((f) => f.profileId === null || report.profiles.some((p) => p.id === f.profileId && p.audience === 'personal'))} testId="workspace-breakdown" />
      </div>
    </div>
  );
}
