import type { NetworkRegistry } from '../../../../shared/domain/networks/registry';
import { profileLabel } from '../../../../shared/domain/audit/labels';
import type { Workspace } from '../../../../shared/schema/workspace';
import { CadenceEditor } from './CadenceEditor';
import { ThemeEditor } from './ThemeEditor';
import { usePlanText } from './text';
import { useLocale } from '../../i18n/useLocale';

interface ProfileSetupProps {
  ws: Workspace;
  registry: NetworkRegistry;
  profileId: string;
  onProfile: (id: string) => void;
}

/** Per profile: pick it on the left, set its theme and cadence on the right. */
export function ProfileSetup({ ws, registry, profileId, onProfile }: ProfileSetupProps) {
  const { t } = usePlanText();
  const { lang } = useLocale();
  const profile = ws.profiles.find((p) => p.id === profileId);
  return (
    <div className="plan-setup">
      <nav aria-label={t('profile')}>
        <ul className="profile-picker">
          {ws.profiles.map((p) => (
            <li key={p.id}>
              <button type="button" aria-current={p.id === profileId ? 'true' : undefined} onClick={() => onProfile(p.id)} data-testid="plan-profile" data-profile={p.id}>
                <strong>{profileLabel(p, registry, lang)}</strong>
                <span className="muted">{p.theme?.title || '—'}</span>
                {p.cadence && <span className="muted">{p.cadence.count} / {p.cadence.per === 'week' ? t('perWeek') : t('perMonth')}</span>}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {profile && (
        <div className="plan-setup-editors">
          <ThemeEditor key={`theme-${profile.id}`} profile={profile} />
          <CadenceEditor key={`cad-${profile.id}`} profile={profile} registry={registry} />
        </div>
      )}
    </div>
  );
}
