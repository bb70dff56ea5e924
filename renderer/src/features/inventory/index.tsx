import './inventory.css';
import { useId, useState } from 'react';
import type { ProfileField } from '../../../../shared/schema/network';
import { mainProfileChoice } from '../../../../shared/domain/audit/main-profile';
import { useWorkspace } from '../../app/library';
import { formatLocal } from '../../../../shared/domain/dates/local-date';
import { useLocale } from '../../i18n/useLocale';
import { useNavigation, type FocusTarget } from '../../app/navigation';
import { AddProfile } from './AddProfile';
import { ExportMenu } from './ExportMenu';
import { ImportDialog } from './import/ImportDialog';
import { NetworkSettings } from './NetworkSettings';
import { PersonCard } from './PersonCard';
import { ProfileEditor } from './ProfileEditor';
import { ProfileList } from './ProfileList';
import { useInventoryText } from './text';
import { useRegistry } from './useRegistry';
import { useScores } from './useScores';

/** "+4", "−3", "0": the progress figure as the audit header writes it. */
const signed = (delta: number): string => (delta > 0 ? `+${delta}` : String(delta));

interface Editing { profileId: string; field: ProfileField | null }

export function InventoryScreen() {
  const { t } = useInventoryText();
  const { locale } = useLocale();
  const ws = useWorkspace();
  const { focus } = useNavigation();
  const registry = useRegistry(ws);
  const scores = useScores(ws);
  const ids = { title: useId(), profiles: useId(), networks: useId() };
  const [editing, setEditing] = useState<Editing | null>(focus);
  const [importing, setImporting] = useState(false);

  // The audit's "fix it" lands here with a profile and a field: open that editor.
  const [seenFocus, setSeenFocus] = useState<FocusTarget | null>(focus);
  if (focus !== seenFocus) {
    setSeenFocus(focus);
    if (focus) setEditing(focus);
  }
  const open = editing && ws.profiles.some((p) => p.id === editing.profileId) ? editing : null;

  return (
    <section className="screen inventory-screen" aria-labelledby={ids.title}>
      <div className="screen-head">
        <div>
          <p className="eyebrow">{t('title')}</p>
          <h1 id={ids.title} data-testid="inventory-title">{ws.name}</h1>
          <p className="muted">
            {t('profilesCount', { count: ws.profiles.length })}
            {scores.client && ws.profiles.length > 0 && (
              <>
                {' · '}
                <span data-testid="inventory-score">
                  {scores.client.score === null ? t('scoreLineNone', { coverage: scores.client.coverage }) : t('scoreLine', { score: scores.client.score, coverage: scores.client.coverage })}
                </span>
                {scores.client.progress?.previous && (
                  <>
                    {' · '}
                    <span data-testid="inventory-progress">{t('progress', { delta: signed(scores.client.progress.delta), date: formatLocal(new Date(scores.client.progress.previous.at), 'PP', locale) })}</span>
                  </>
                )}
              </>
            )}
          </p>
        </div>
        <div className="toolbar">
          <button type="button" className="btn small" onClick={() => setImporting(true)} data-testid="import-open">{t('import')}</button>
          <ExportMenu workspaceId={ws.id} />
        </div>
      </div>

      <div className="inventory-layout">
        <div className="inventory-main">
          <h2 id={ids.profiles} className="first">{t('profiles')}</h2>
          <AddProfile registry={registry} onAdded={(profileId, openEditor) => openEditor && setEditing({ profileId, field: null })} />
          <ProfileList profiles={ws.profiles} registry={registry} scores={scores.profiles} main={mainProfileChoice(ws)} onEdit={(profileId) => setEditing({ profileId, field: null })} />

          <details className="networks-details">
            <summary><h2 id={ids.networks}>{t('networks.title')}</h2></summary>
            <NetworkSettings registry={registry} />
          </details>
        </div>
        <PersonCard />
      </div>

      {open && <ProfileEditor key={open.profileId} profileId={open.profileId} field={open.field} registry={registry} onClose={() => setEditing(null)} />}
      {importing && (
        <ImportDialog title={t('importTitle', { name: ws.name })} workspaceId={() => Promise.resolve(ws.id)} onCancel={() => setImporting(false)} />
      )}
    </section>
  );
}
