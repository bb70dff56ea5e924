import type { ProfileAudit } from '../../../../shared/domain/audit';
import { STATUS_WEIGHT } from '../../../../shared/domain/audit';
import { ScoreRing } from '../../charts/ScoreRing';
import { Breakdown } from './Breakdown';
import { useAuditText } from './text';

/** One card per profile: its score and the rules that cost it points. */
export function ProfileScores({ profiles, labels }: { profiles: readonly ProfileAudit[]; labels: ReadonlyMap<string, string> }) {
  const { t } = useAuditText();
  return (
    <ul className="profile-scores">
      {profiles.map((p) => {
        const label = labels.get(p.id) ?? p.id;
        const scored = STATUS_WEIGHT[p.status] > 0;
        return (
          <li key={p.id} className="card profile-score" data-testid="profile-score" data-profile={p.id}>
            <div className="profile-score-head">
              <ScoreRing score={scored ? p.score : null} size={52} label={scored ? t('profileScoreLabel', { profile: label, score: p.score }) : `${label} — ${t('notScored', { status: t(`status.${p.status}`) })}`} />
              <div>
                <strong className="profile-score-name">{label}</strong>
                {!scored && <span className="muted small-text">{t('notScored', { status: t(`status.${p.status}`) })}</span>}
              </div>
            </div>
            {scored && <Breakdown breakdown={p.breakdown} findings={p.findings} />}
          </li>
        );
      })}
    </ul>
  );
}
