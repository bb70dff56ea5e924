import { useId, useMemo, useState } from 'react';
import type { MainProfileChoice } from '../../../../shared/domain/audit/main-profile';
import type { NetworkRegistry } from '../../../../shared/domain/networks/registry';
import { ProfileStatus, type Profile } from '../../../../shared/schema/workspace';
import { PhotoAvatar } from './PhotoField';
import { useInventoryText } from './text';
import { labelOf } from './useRegistry';
import { useLocale } from '../../i18n/useLocale';

type StatusFilter = ProfileStatus | 'all';

interface Props {
  profiles: readonly Profile[];
  registry: NetworkRegistry;
  /** Audit score per profile id, when the audit ran. */
  scores: ReadonlyMap<string, number>;
  /** The profile that weighs most in the score, and why. */
  main: MainProfileChoice | null;
  onEdit: (id: string) => void;
}

function matches(p: Profile, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const text = [p.handle, p.url, p.displayName, p.headline, p.location, p.notes, ...p.keywords].join('\n').toLowerCase();
  return words.every((w) => text.includes(w));
}

function scoreTone(score: number): string {
  return score >= 80 ? 'ok' : score >= 50 ? 'warning' : 'error';
}

/** The client's profiles, grouped by network in catalog order, with filters. */
export function ProfileList({ profiles, registry, scores, main, onEdit }: Props) {
  const { t } = useInventoryText();
  const { lang } = useLocale();
  const ids = { status: useId(), network: useId(), search: useId() };
  const [status, setStatus] = useState<StatusFilter>('all');
  const [network, setNetwork] = useState('all');
  const [query, setQuery] = useState('');

  const present = useMemo(() => [...new Set(profiles.map((p) => p.network))], [profiles]);
  const groups = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const order = new Map(registry.all().map((n, i) => [n.id, i]));
    const shown = profiles.filter((p) => (status === 'all' || p.status === status) && (network === 'all' || p.network === network) && matches(p, words));
    const byNetwork = new Map<string, Profile[]>();
    for (const p of shown) byNetwork.set(p.network, [...(byNetwork.get(p.network) ?? []), p]);
    return [...byNetwork].sort(([a], [b]) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9));
  }, [profiles, registry, status, network, query]);

  if (profiles.length === 0) return <p className="empty-state" data-testid="profiles-empty">{t('noProfiles')}</p>;

  return (
    <>
      <div className="toolbar profile-filters">
        <label htmlFor={ids.status}>{t('filterStatus')}</label>
        <select id={ids.status} className="auto-width" value={status} onChange={(e) => setStatus(e.target.value as StatusFilter)} data-testid="filter-status">
          <option value="all">{t('all')}</option>
          {ProfileStatus.options.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
        </select>
        <label htmlFor={ids.network}>{t('filterNetwork')}</label>
        <select id={ids.network} className="auto-width" value={network} onChange={(e) => setNetwork(e.target.value)} data-testid="filter-network">
          <option value="all">{t('all')}</option>
          {present.map((n) => <option key={n} value={n}>{labelOf(registry, n, lang)}</option>)}
        </select>
        <label htmlFor={ids.search} className="visually-hidden">{t('filterSearch')}</label>
        <input id={ids.search} type="search" className="profile-search" placeholder={t('filterSearch')} value={query} onChange={(e) => setQuery(e.target.value)} data-testid="filter-search" />
      </div>
      {groups.length === 0 && <p className="muted" data-testid="profiles-no-match">{t('noMatch')}</p>}
      {groups.map(([net, list]) => (
        <section key={net} className="network-group" aria-label={labelOf(registry, net, lang)} data-testid={`group-${net}`}>
          <h3>{labelOf(registry, net, lang)} <span className="muted small">({list.length})</span></h3>
          <ul className="profile-rows">
            {list.map((p) => {
              const who = p.handle || p.url || t('noHandle');
              const score = scores.get(p.id);
              return (
                <li key={p.id} className="profile-row" data-testid="profile-row" data-profile-id={p.id}>
                  <div className="profile-who">
                    <PhotoAvatar file={p.photo.file} size={28} alt="" testId="profile-avatar" />
                    <button type="button" className="link-button" onClick={() => onEdit(p.id)} aria-label={t('editLabel', { name: `${labelOf(registry, net, lang)} ${who}` })}>{who}</button>
                    {p.displayName && <span className="muted"> · {p.displayName}</span>}
                    {p.headline && <div className="muted small ellipsis">{p.headline}</div>}
                  </div>
                  <div className="profile-chips">
                    {main?.id === p.id && (
                      <span className="chip main-profile" title={t('main.badgeTitle', { why: t(`main.why.${main.why}`) })} data-testid="profile-main"><span aria-hidden="true">★ </span>{t('main.title')}<span className="visually-hidden"> — {t(`main.why.${main.why}`)}</span></span>
                    )}
                    <span className={`chip ${p.status}`} data-testid="profile-status">{t(`status.${p.status}`)}</span>
                    <span className="chip neutral">{t(`audience.${p.audience}`)}</span>
                    <span className={`chip ${p.facts.photo.state === 'absent' ? 'warning' : 'neutral'}`} data-testid="profile-photo">{t(`photoState.${p.facts.photo.state}`)}</span>
                    {score !== undefined && <span className={`chip ${scoreTone(score)}`} data-testid="profile-score">{t('score', { score: Math.round(score) })}</span>}
                  </div>
                  <button type="button" className="btn small" onClick={() => onEdit(p.id)} data-testid="profile-edit" aria-label={t('editLabel', { name: `${labelOf(registry, net, lang)} ${who}` })}>{t('edit')}</button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}
