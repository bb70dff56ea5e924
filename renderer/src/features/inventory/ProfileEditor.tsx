import { useEffect, useState } from 'react';
import { identify } from '../../../../shared/domain/networks/identify';
import type { NetworkRegistry } from '../../../../shared/domain/networks/registry';
import type { ProfileField } from '../../../../shared/schema/network';
import { confirmAllFromPerson, confirmFromPerson, personDefaults } from '../../../../shared/domain/facts/person';
import { factState, hasValue } from '../../../../shared/domain/facts/state';
import { Audience, type FactName, type FactState, ProfileStatus, type Profile } from '../../../../shared/schema/workspace';
import { useLibrary, useWorkspace } from '../../app/library';
import { useLocale } from '../../i18n/useLocale';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Modal } from '../../ui/Modal';
import { showToast } from '../../ui/Toast';
import { FactChoice, ListField, TextField, TriStateField } from './fields';
import { checkLimits, type FieldCheck } from './limits';
import { MainProfileField } from './MainProfileField';
import { NetworkSelect } from './NetworkSelect';
import { PhotoField } from './PhotoField';
import { patchProfile, todayIso } from './profile-edit';
import { removeProfile } from '../../../../shared/domain/workspace/profiles';
import { useInventoryText } from './text';
import { labelOf } from './useRegistry';
import { DayField } from '../../ui/DateFields';

interface Props {
  profileId: string;
  registry: NetworkRegistry;
  /** Field to focus on opening (the audit's "fix it"). */
  field: ProfileField | null;
  onClose: () => void;
}

/** Every field of one profile, edited live, with the network's limits checked as you type. */
export function ProfileEditor({ profileId, registry, field, onClose }: Props) {
  const { t } = useInventoryText();
  const { lang } = useLocale();
  const ws = useWorkspace();
  const { editWorkspace } = useLibrary();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const profile = ws.profiles.find((p) => p.id === profileId);

  useEffect(() => {
    const target = field ? document.getElementById(`field-${field}`) : null;
    (target ?? document.getElementById('field-url'))?.focus();
  }, [field]);

  const def = profile ? registry.get(profile.network) : undefined;
  const network = profile ? labelOf(registry, profile.network, lang) : '';
  if (!profile) return null;
  // Cheap enough to redo on each keystroke: one profile, one URL.
  const checks = checkLimits(profile, registry.limitsFor(profile.network));
  const urlCheck = profile.url.trim() !== '' ? identify(profile.url, registry) : null;
  const set = (patch: Partial<Profile>) => editWorkspace((w) => patchProfile(w, profileId, patch));
  // Typing a value is checking it; clearing it leaves the fact to verify again.
  const typed = (fact: FactName, filled: boolean) => ({
    ...profile.facts,
    [fact]: filled ? { state: 'known', source: { kind: 'typed', at: todayIso(), label: '' } } : { state: 'unchecked', source: null },
  });
  const setValue = <K extends FactName>(fact: K, value: Profile[K]) => {
    const next = { ...profile, [fact]: value };
    set({ [fact]: value, facts: typed(fact, hasValue(next, fact)) });
  };
  const setFact = (fact: FactName, state: FactState) =>
    set({ facts: { ...profile.facts, [fact]: { state, source: state === 'unchecked' ? null : { kind: 'typed', at: todayIso(), label: '' } } } });
  const factRow = (fact: FactName, label: string) => (
    <>
      <span aria-hidden="true" />
      <FactChoice fact={fact} label={label} state={factState(profile, fact)} source={profile.facts[fact].source} hasValue={hasValue(profile, fact)} onChange={(state) => setFact(fact, state)} />
    </>
  );
  const fromPerson = personDefaults(profile, ws.person);
  const othersFromPerson = ws.profiles.some((p) => p.id !== profile.id && p.audience === 'professional' && personDefaults(p, ws.person).length > 0);
  const worded = (c: FieldCheck) => ({
    ...c,
    message: c.problem ? t(`limit.${c.problem.key}`, { network, max: c.problem.max, min: c.problem.min }) : null,
    tone: c.problem?.key.endsWith('Under') ? ('warning' as const) : ('error' as const),
  });

  const setUrl = (url: string) => {
    const found = url.trim() === '' ? null : identify(url, registry);
    // The handle follows the address while it identifies a profile of this network.
    set(found?.ok && found.network === profile.network ? { url, handle: found.handle } : { url });
  };
  const setNetwork = (id: string) => {
    const next = registry.get(id);
    set({
      network: id,
      followOpen: next?.features.follow ? profile.followOpen : null,
      wallRestricted: next?.features.wall ? profile.wallRestricted : null,
    });
  };
  const urlNote = urlCheck === null ? null : !urlCheck.ok
    ? <p className="field-error">{urlCheck.message[lang]}</p>
    : urlCheck.network !== profile.network
      ? <p className="field-error">{t('editor.urlOtherNetwork', { other: labelOf(registry, urlCheck.network, lang), network })}</p>
      : <p className="field-hint ok-text">{t('editor.urlOk', { network, handle: urlCheck.handle })}</p>;

  const customKeys = [...new Set([...(def?.customFields ?? []).map((f) => f.key), ...Object.keys(profile.customFields)])];
  const customLabel = (key: string) => def?.customFields.find((f) => f.key === key)?.label ?? key;
  const name = `${network} — ${profile.handle || profile.url || t('noHandle')}`;

  const remove = () => {
    setConfirmDelete(false);
    onClose();
    const { restore } = removeProfile(ws, profileId);
    editWorkspace((w) => removeProfile(w, profileId).next);
    showToast({ message: t('editor.deleted'), action: { label: t('editor.undo'), run: () => editWorkspace(restore) } });
  };

  return (
    <Modal onClose={onClose} labelledBy="profile-editor-title" className="profile-editor" testId="profile-editor">
      <form onSubmit={(e) => e.preventDefault()}>
        <div className="editor-head">
          <h2 id="profile-editor-title">{t('editor.title', { network })}</h2>
          <button type="button" className="btn primary" onClick={onClose} data-testid="editor-done">{t('editor.done')}</button>
        </div>

        <h3>{t('editor.identity')}</h3>
        <div className="form-grid">
          <label htmlFor="field-network">{t('editor.network')}</label>
          <NetworkSelect id="field-network" registry={registry} value={profile.network} onChange={setNetwork} />
          <TextField id="field-url" label={t('editor.url')} type="url" value={profile.url} onChange={setUrl} hardMax={2048} note={urlNote} placeholder="https://…" />
          <TextField id="field-handle" label={t('editor.handle')} value={profile.handle} onChange={(handle) => set({ handle })} hardMax={200} />
          <label htmlFor="field-status">{t('editor.status')}</label>
          <select id="field-status" value={profile.status} onChange={(e) => set({ status: e.target.value as Profile['status'] })} data-testid="field-status">
            {ProfileStatus.options.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
          </select>
          <label htmlFor="field-audience">{t('editor.audience')}</label>
          <select id="field-audience" value={profile.audience} onChange={(e) => set({ audience: e.target.value as Profile['audience'] })} data-testid="field-audience">
            {Audience.options.map((a) => <option key={a} value={a}>{t(`audienceLong.${a}`)}</option>)}
          </select>
        </div>
        <MainProfileField profile={profile} registry={registry} />

        <h3>{t('editor.content')}</h3>
        {(fromPerson.length > 0 || othersFromPerson) && (
          <div className="person-defaults" data-testid="person-defaults">
            <p className="field-hint">{t('facts.samePersonHint', { name: ws.person.displayName || t('facts.thePerson') })}</p>
            <div className="inline">
              {fromPerson.length > 0 && (
                <button type="button" className="btn small" onClick={() => editWorkspace((w) => patchProfile(w, profileId, confirmFromPerson(profile, w.person, todayIso())))} data-testid="same-as-person">
                  {t('facts.samePerson')}
                </button>
              )}
              {othersFromPerson && (
                <button type="button" className="btn small" onClick={() => editWorkspace((w) => confirmAllFromPerson(w, todayIso()))} data-testid="same-as-person-all">
                  {t('facts.samePersonAll')}
                </button>
              )}
            </div>
          </div>
        )}
        <div className="form-grid">
          <TextField id="field-displayName" label={t('editor.displayName')} value={profile.displayName} onChange={(v) => setValue('displayName', v)} hardMax={200} check={worded(checks.displayName)} />
          {factRow('displayName', t('editor.displayName'))}
          <TextField id="field-headline" label={t('editor.headline')} value={profile.headline} onChange={(v) => setValue('headline', v)} hardMax={1000} check={worded(checks.headline)} multiline />
          {factRow('headline', t('editor.headline'))}
          <TextField id="field-summary" label={t('editor.summary')} value={profile.summary} onChange={(v) => setValue('summary', v)} hardMax={20000} check={worded(checks.summary)} multiline />
          {factRow('summary', t('editor.summary'))}
          <PhotoField workspaceId={ws.id} profile={profile} onChange={set} />
          <TextField id="field-location" label={t('editor.location')} value={profile.location} onChange={(location) => set({ location })} hardMax={200} />
          <ListField id="field-links" label={t('editor.links')} items={profile.links} onChange={(v) => setValue('links', v)} itemMax={2048} type="url" placeholder={t('editor.linkPlaceholder')} />
          {factRow('links', t('editor.links'))}
          <ListField id="field-keywords" label={t('editor.keywords')} items={profile.keywords} onChange={(v) => setValue('keywords', v)} itemMax={100} check={def?.features.keywords || profile.keywords.length > 0 ? worded(checks.keywords) : undefined} />
          {def?.features.keywords && factRow('keywords', t('editor.keywords'))}
        </div>

        <h3>{t('editor.settings')}</h3>
        <div className="form-grid">
          {def?.features.follow && <TriStateField id="field-followOpen" label={t('editor.followOpen')} value={profile.followOpen} onChange={(v) => setValue('followOpen', v)} />}
          {def?.features.wall && <TriStateField id="field-wallRestricted" label={t('editor.wallRestricted')} value={profile.wallRestricted} onChange={(v) => setValue('wallRestricted', v)} />}
          <label htmlFor="field-lastReviewed">{t('editor.lastReviewed')}</label>
          <div className="inline">
            <DayField id="field-lastReviewed" value={profile.lastReviewed ?? ''} onValue={(v) => v !== null && set({ lastReviewed: v === '' ? null : v })} data-testid="field-lastReviewed" />
            <button type="button" className="btn small" onClick={() => set({ lastReviewed: todayIso() })}>{t('editor.today')}</button>
          </div>
          <TextField id="field-notes" label={t('editor.notes')} value={profile.notes} onChange={(notes) => set({ notes })} hardMax={20000} multiline />
        </div>

        {customKeys.length > 0 && (
          <>
            <h3>{t('editor.customFields')}</h3>
            <div className="form-grid">
              {customKeys.map((key) => (
                <TextField
                  key={key}
                  id={`field-custom-${key}`}
                  label={customLabel(key)}
                  value={profile.customFields[key] ?? ''}
                  onChange={(v) => set({ customFields: { ...profile.customFields, [key]: v } })}
                  hardMax={2000}
                />
              ))}
            </div>
          </>
        )}

        <div className="dialog-actions spread">
          <button type="button" className="btn danger" onClick={() => setConfirmDelete(true)} data-testid="editor-delete">{t('editor.delete')}</button>
          <button type="button" className="btn primary" onClick={onClose}>{t('editor.done')}</button>
        </div>
      </form>
      {confirmDelete && (
        <ConfirmDialog title={t('editor.deleteTitle', { name })} confirmLabel={t('editor.deleteOk')} danger onCancel={() => setConfirmDelete(false)} onConfirm={remove}>
          <p>{t('editor.deleteBody')}</p>
        </ConfirmDialog>
      )}
    </Modal>
  );
}
