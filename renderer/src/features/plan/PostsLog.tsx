import { useVirtualizer } from '@tanstack/react-virtual';
import { useId, useMemo, useRef, useState } from 'react';
import type { NetworkRegistry } from '../../../../shared/domain/networks/registry';
import type { Post, Workspace } from '../../../../shared/schema/workspace';
import { useLocale } from '../../i18n/useLocale';
import { usePlanText } from './text';
import { labelOf } from '../inventory/useRegistry';
import { formatLocal } from '../../../../shared/domain/dates/local-date';

const ROW = 52;
const STATUS_CHIP: Record<Post['status'], string> = { idea: 'info', draft: 'warning', published: 'ok', skipped: 'dormant' };

interface PostsLogProps {
  ws: Workspace;
  registry: NetworkRegistry;
  onAdd: () => void;
  onEdit: (post: Post) => void;
}

/** Every post, newest first; long imported histories stay smooth (virtualized). */
export function PostsLog({ ws, registry, onAdd, onEdit }: PostsLogProps) {
  const { t } = usePlanText();
  const { locale, lang } = useLocale();
  const [network, setNetwork] = useState('');
  const filterId = useId();
  const networks = useMemo(() => [...new Set(ws.posts.map((p) => p.network))], [ws.posts]);
  const rows = useMemo(
    () => ws.posts.filter((p) => !network || p.network === network).sort((a, b) => b.date.localeCompare(a.date)),
    [ws.posts, network],
  );
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read only during this render
  const virtual = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW, overscan: 10 });
  const label = (id: string) => labelOf(registry, id, lang);

  return (
    <section aria-labelledby="posts-title">
      <div className="toolbar">
        <h2 id="posts-title" className="grow">{t('postsTitle')}</h2>
        {networks.length > 1 && (
          <>
            <label htmlFor={filterId}>{t('filterNetwork')}</label>
            <select id={filterId} value={network} className="auto-width" onChange={(e) => setNetwork(e.target.value)}>
              <option value="">{t('allNetworks')}</option>
              {networks.map((n) => <option key={n} value={n}>{label(n)}</option>)}
            </select>
          </>
        )}
        <button type="button" className="btn primary" onClick={onAdd} data-testid="post-add">{t('addPost')}</button>
      </div>
      {rows.length === 0
        ? <p className="empty-state">{t('postsEmpty')}</p>
        : (
            <>
              <p className="muted" aria-live="polite">{t('showing', { shown: rows.length, count: ws.posts.length })}</p>
              <div ref={scroller} className="posts-scroller">
                <ul className="posts-list" style={{ height: virtual.getTotalSize() }}>
                  {virtual.getVirtualItems().map((item) => {
                    const p = rows[item.index] as Post;
                    const when = formatLocal(new Date(p.date), 'PPp', locale);
                    return (
                      <li key={p.id} className="post-row" style={{ transform: `translateY(${item.start}px)`, height: ROW }} data-testid="post-row">
                        <span className="post-date">{when}</span>
                        <span className="post-net">{label(p.network)}</span>
                        <span className={`chip ${STATUS_CHIP[p.status]}`}>{t(`postStatus.${p.status}`)}</span>
                        {/* The text on its own line, the theme above it: a long theme never hides the post. */}
                        <span className="post-text">
                          {p.theme && <span className="post-theme">{p.theme}</span>}
                          <span className="post-body">{p.text || p.link}</span>
                        </span>
                        {p.promotional ? <span className="chip warning">{t('promoChip')}</span> : <span />}
                        <button type="button" className="btn small" aria-label={t('editLabel', { date: when })} onClick={() => onEdit(p)}>{t('edit')}</button>
                      </li>
                    );
                  })}
                </ul>
              </div>
            </>
          )}
    </section>
  );
}
