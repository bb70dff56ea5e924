import type { NetworkRegistry } from '../../../../shared/domain/networks/registry';
import { profileLabel } from '../../../../shared/domain/audit/labels';
import type { Post, Workspace } from '../../../../shared/schema/workspace';
import { blankPost } from './PostDialog';
import { CadenceEditor } from './CadenceEditor';
import { ThemeEditor } from './ThemeEditor';
import { usePlanText } from './text';
import { useLocale } from '../../i18n/useLocale';

interface ProfileSetupProps {
  ws: Workspace;
  registry: NetworkRegistry;
  profileId: string;
  onProfile: (id: string) => void;
  onPost: (post: Post, isNew: boolean) => void;
}

/** Per profile: pick it on the left, set its theme and cadence on the right. */
export function ProfileSetup({ ws, registry, profileId, onProfile, onPost }: ProfileSetupProps) {
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
          <ThemeIdeas ws={ws} profileId={profile.id} onPost={onPost} />
          <CadenceEditor key={`cad-${profile.id}`} profile={profile} registry={registry} />
        </div>
      )}
    </div>
  );
}

/** The ideas noted for a profile, under its theme: each opens in the composer. */
function ThemeIdeas({ ws, profileId, onPost }: { ws: Workspace; profileId: string; onPost: (post: Post, isNew: boolean) => void }) {
  const { t } = usePlanText();
  const ideas = ws.posts.filter((p) => p.profileId === profileId && p.status === 'idea');
  const profile = ws.profiles.find((p) => p.id === profileId);
  const fresh = (): Post => ({ ...blankPost(ws), profileId, network: profile?.network ?? 'linkedin', theme: profile?.theme?.title ?? '' });
  return (
    <section className="card post-ideas" aria-labelledby={`ideas-${profileId}`} data-testid="theme-ideas">
      <div className="toolbar card-head">
        <h3 id={`ideas-${profileId}`} className="card-title grow">{t('ideasTitle')}</h3>
        <button type="button" className="btn small" onClick={() => onPost(fresh(), true)} data-testid="idea-add">{t('addIdea')}</button>
      </div>
      {ideas.length === 0
        ? <p className="muted">{t('ideasEmpty')}</p>
        : (
            <ul>
              {ideas.map((p) => (
                <li key={p.id}>
                  <button type="button" className="link-button" onClick={() => onPost(p, false)} data-testid="idea">
                    {p.text.trim().slice(0, 90) || p.theme || t('postStatus.idea')}
                  </button>
                </li>
              ))}
            </ul>
          )}
    </section>
  );
}
