import { useId, useState } from 'react';
import type { NetworkRegistry } from '../../../../shared/domain/networks/registry';
import type { Post, Workspace } from '../../../../shared/schema/workspace';
import { useLibrary } from '../../app/library';
import { Modal } from '../../ui/Modal';
import { useUiText } from '../../ui/ui-text';
import { fromLocalInput, newId, toLocalInput } from './editing';
import { usePlanText } from './text';
import { useLocale } from '../../i18n/useLocale';
import { DayField, TimeField } from '../../ui/DateFields';
import { localLabel, localSource } from '../../../../shared/domain/networks/label';
import { foldPost, postLength } from '../../../../shared/domain/posts/compose';
import { CharCounter } from '../../ui/CharCounter';

const STATUSES: readonly Post['status'][] = ['idea', 'draft', 'published', 'skipped'];

/** A blank manual post on the first profile's network, dated now. */
export function blankPost(ws: Workspace): Post {
  const first = ws.profiles.find((p) => p.status === 'active') ?? ws.profiles[0];
  return {
    id: newId(), profileId: first?.id ?? null, network: first?.network ?? 'linkedin', date: new Date().toISOString(), status: 'idea',
    theme: first?.theme?.title ?? '', text: '', link: '', promotional: false, notes: '', slotKey: null, source: null,
  };
}

interface PostDialogProps {
  post: Post;
  isNew: boolean;
  ws: Workspace;
  registry: NetworkRegistry;
  onClose: () => void;
}

/** Adds or edits a post of the log: where, when, at which stage, about what. */
export function PostDialog({ post, isNew, ws, registry, onClose }: PostDialogProps) {
  const { t } = usePlanText();
  const { lang } = useLocale();
  const ui = useUiText();
  const { editWorkspace } = useLibrary();
  const [draft, setDraft] = useState(post);
  const [when, setWhen] = useState<{ day: string | null; time: string | null }>(() => toLocalInput(post.date));
  const [error, setError] = useState('');
  const id = useId();
  const set = (patch: Partial<Post>) => setDraft((d) => ({ ...d, ...patch }));
  const networks = registry.all();
  const owners = ws.profiles.filter((p) => p.network === draft.network);
  const themeOf = (profileId: string | null) => ws.profiles.find((p) => p.id === profileId)?.theme?.title ?? '';
  // The theme follows the profile unless the user typed one of their own.
  const moveTo = (profileId: string | null, patch: Partial<Post> = {}) => setDraft((d) => ({
    ...d, ...patch, profileId, theme: d.theme.trim() === '' || d.theme === themeOf(d.profileId) ? themeOf(profileId) : d.theme,
  }));
  const limits = registry.get(draft.network)?.post;
  const length = postLength(draft.text);
  const over = limits !== undefined && length > limits.maxChars;
  const fold = limits && (limits.foldChars !== undefined || limits.foldLines !== undefined) && draft.text.trim() !== '' ? foldPost(draft.text, limits) : null;
  const networkName = localLabel(registry.get(draft.network) ?? { label: draft.network }, lang);

  const save = () => {
    const date = fromLocalInput(when.day, when.time);
    if (date === null) return setError(t('dateInvalid'));
    const next = { ...draft, date };
    editWorkspace((w) => ({ ...w, posts: isNew ? [...w.posts, next] : w.posts.map((p) => (p.id === next.id ? next : p)) }));
    onClose();
  };
  const remove = () => {
    editWorkspace((w) => ({ ...w, posts: w.posts.filter((p) => p.id !== post.id) }));
    onClose();
  };

  return (
    <Modal onClose={onClose} labelledBy={`${id}-title`} testId="post-dialog">
      <form className="post-form" onSubmit={(e) => { e.preventDefault(); save(); }}>
        <h2 id={`${id}-title`}>{isNew ? t('addPost') : t('editPost')}</h2>
        <div className="form-grid">
          <label htmlFor={`${id}-net`}>{t('network')}</label>
          <select id={`${id}-net`} value={draft.network} onChange={(e) => {
            const network = e.target.value;
            moveTo(ws.profiles.find((p) => p.network === network)?.id ?? null, { network });
          }} data-testid="post-network">
            {!networks.some((n) => n.id === draft.network) && <option value={draft.network}>{draft.network}</option>}
            {networks.map((n) => <option key={n.id} value={n.id}>{localLabel(n, lang)}</option>)}
          </select>
          <label htmlFor={`${id}-profile`}>{t('profile')}</label>
          <select id={`${id}-profile`} value={draft.profileId ?? ''} onChange={(e) => moveTo(e.target.value || null)}>
            <option value="">{t('noProfile')}</option>
            {owners.map((p) => <option key={p.id} value={p.id}>{p.handle || p.url || p.id}</option>)}
          </select>
          <label htmlFor={`${id}-date`}>{t('date')}</label>
          <div>
            <span className="inline-fields">
              <DayField id={`${id}-date`} value={when.day} aria-invalid={error ? true : undefined} onValue={(day) => { setWhen((w) => ({ ...w, day })); setError(''); }} data-testid="post-date" />
              <TimeField id={`${id}-time`} aria-label={t('time')} value={when.time} onValue={(time) => { setWhen((w) => ({ ...w, time })); setError(''); }} data-testid="post-time" />
            </span>
            {error && <p className="field-error" role="alert">{error}</p>}
          </div>
          <label htmlFor={`${id}-status`}>{t('status')}</label>
          <select id={`${id}-status`} value={draft.status} className="auto-width" onChange={(e) => set({ status: e.target.value as Post['status'] })} data-testid="post-status">
            {STATUSES.map((s) => <option key={s} value={s}>{t(`postStatus.${s}`)}</option>)}
          </select>
          <label htmlFor={`${id}-theme`}>{t('postTheme')}</label>
          <input id={`${id}-theme`} type="text" maxLength={120} value={draft.theme} onChange={(e) => set({ theme: e.target.value })} data-testid="post-theme" />
          <label htmlFor={`${id}-text`}>{t('postText')}</label>
          <div>
            <textarea
              id={`${id}-text`} value={draft.text} maxLength={100000} rows={7} onChange={(e) => set({ text: e.target.value })}
              aria-describedby={`${id}-count ${id}-limit`} aria-invalid={over ? true : undefined} data-testid="post-text"
            />
            <CharCounter
              id={`${id}-count`} count={length} max={limits?.maxChars}
              problem={over ? t('overLimit', { network: networkName, max: limits.maxChars.toLocaleString(lang), extra: length - limits.maxChars }) : null}
            />
            <p id={`${id}-limit`} className="field-hint" data-testid="post-limit-source">
              {limits ? t('limitSource', { source: localSource(limits, lang) }) : t('noLimit', { network: networkName })}
            </p>
            {fold && (
              <figure className="post-fold" data-testid="post-fold">
                <figcaption className="eyebrow">{t('foldTitle', { network: networkName })}</figcaption>
                <p className="post-fold-text">
                  {fold.shown}
                  {fold.cut && <>… <span className="post-fold-more">{t('seeMore')}</span></>}
                </p>
              </figure>
            )}
          </div>
          <label htmlFor={`${id}-link`}>{t('postLink')}</label>
          <input id={`${id}-link`} type="url" maxLength={2048} value={draft.link} onChange={(e) => set({ link: e.target.value })} />
          <span />
          <label className="check">
            <input type="checkbox" checked={draft.promotional} onChange={(e) => set({ promotional: e.target.checked })} /> {t('promotional')}
          </label>
          <label htmlFor={`${id}-notes`}>{t('notes')}</label>
          <textarea id={`${id}-notes`} value={draft.notes} maxLength={20000} onChange={(e) => set({ notes: e.target.value })} />
        </div>
        <div className="dialog-actions">
          {!isNew && <button type="button" className="btn danger" onClick={remove}>{t('deletePost')}</button>}
          <span className="grow" />
          <button type="button" className="btn" onClick={onClose}>{ui.t('cancel')}</button>
          <button type="submit" className="btn primary" data-testid="post-save">{t('save')}</button>
        </div>
      </form>
    </Modal>
  );
}
