import { useState, type KeyboardEvent } from 'react';
import { networkForWorkspace } from '../../../../shared/domain/networks/registry';
import { planStatus, type SlotStatus } from '../../../../shared/domain/plan/adherence';
import type { Post, Workspace } from '../../../../shared/schema/workspace';
import { useLibrary } from '../../app/library';
import { useNavigation } from '../../app/navigation';
import { Calendar } from './Calendar';
import { IcsExport } from './IcsExport';
import { blankPost, PostDialog } from './PostDialog';
import { PostsLog } from './PostsLog';
import { ProfileSetup } from './ProfileSetup';
import { Regularity } from './Regularity';
import { SlotDialog } from './SlotDialog';
import { usePlanText } from './text';
import { usePlanNow } from './usePlan';
import '../audit/controls.css';
import './plan.css';

const TABS = ['calendar', 'setup', 'posts', 'regularity'] as const;
type Tab = (typeof TABS)[number];

export function PlanScreen() {
  const { workspace } = useLibrary();
  const { focus } = useNavigation();
  // A new reminder target opens afresh even when the plan is already shown.
  return workspace ? <Plan key={focus?.slotKey ?? ''} ws={workspace} /> : null;
}

/** A slot by its key (`profile:YYYY-MM-DD:n`), with its state now. */
function findSlot(ws: Workspace, slotKey: string, now: Date): SlotStatus | null {
  const day = /:(\d{4}-\d{2}-\d{2}):\d+$/.exec(slotKey)?.[1];
  if (!day) return null;
  return planStatus(ws, { from: day, to: day }, now, { weekStartsOn: 1 }).slots.find((s) => s.key === slotKey) ?? null;
}

function Plan({ ws }: { ws: Workspace }) {
  const { t } = usePlanText();
  const { focus } = useNavigation();
  const now = usePlanNow();
  const registry = networkForWorkspace(ws);
  // Arriving from the audit on a theme or cadence finding opens that profile's setup.
  const [tab, setTab] = useState<Tab>(focus?.field === 'theme' || focus?.field === 'cadence' ? 'setup' : 'calendar');
  const [profileId, setProfileId] = useState(() => focus?.profileId ?? ws.profiles.find((p) => p.status === 'active')?.id ?? ws.profiles[0]?.id ?? '');
  // Arriving from a reminder notification opens that slot.
  const [slot, setSlot] = useState<SlotStatus | null>(() => (focus?.slotKey ? findSlot(ws, focus.slotKey, now) : null));
  const [fromReminder, setFromReminder] = useState(focus?.fromReminder === true);
  const [post, setPost] = useState<{ post: Post; isNew: boolean } | null>(null);

  const onTabKey = (e: KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    const next = e.key === 'ArrowRight' ? TABS[(i + 1) % TABS.length] : e.key === 'ArrowLeft' ? TABS[(i + TABS.length - 1) % TABS.length] : null;
    if (!next) return;
    e.preventDefault();
    setTab(next);
    document.getElementById(`plan-tab-${next}`)?.focus();
  };

  return (
    <section className="screen plan" aria-labelledby="plan-title">
      <div className="toolbar">
        <h1 id="plan-title" className="grow">{t('title')}</h1>
        <IcsExport ws={ws} />
      </div>
      {ws.profiles.length === 0 ? <p className="empty-state">{t('noProfiles')}</p> : (
        <>
          <div className="tabs plan-tabs" role="tablist" aria-label={t('tabsLabel')} onKeyDown={onTabKey}>
            {TABS.map((x) => (
              <button
                key={x} id={`plan-tab-${x}`} type="button" role="tab" className="tab"
                aria-selected={tab === x} aria-controls="plan-panel" tabIndex={tab === x ? 0 : -1}
                onClick={() => setTab(x)} data-testid={`plan-tab-${x}`}
              >
                {t(`tab.${x}`)}
              </button>
            ))}
          </div>
          <div id="plan-panel" role="tabpanel" aria-labelledby={`plan-tab-${tab}`} className="plan-panel">
            {tab === 'calendar' && <Calendar ws={ws} now={now} registry={registry} onSlot={setSlot} onPost={(p) => setPost({ post: p, isNew: false })} />}
            {tab === 'setup' && <ProfileSetup ws={ws} registry={registry} profileId={profileId} onProfile={setProfileId} onPost={(p, isNew) => setPost({ post: p, isNew })} />}
            {tab === 'posts' && <PostsLog ws={ws} registry={registry} onAdd={() => setPost({ post: blankPost(ws), isNew: true })} onEdit={(p) => setPost({ post: p, isNew: false })} />}
            {tab === 'regularity' && <Regularity ws={ws} now={now} registry={registry} />}
          </div>
        </>
      )}
      {slot && <SlotDialog slot={slot} ws={ws} registry={registry} fromReminder={fromReminder} onClose={() => { setSlot(null); setFromReminder(false); }} />}
      {post && <PostDialog post={post.post} isNew={post.isNew} ws={ws} registry={registry} onClose={() => setPost(null)} />}
    </section>
  );
}
