import { useDeferredValue, useId, useMemo, useState, type FormEvent } from 'react';
import { identify } from '../../../../shared/domain/networks/identify';
import type { NetworkRegistry } from '../../../../shared/domain/networks/registry';
import { newProfile } from '../../../../shared/domain/workspace/factory';
import { sameProfile } from '../../../../shared/domain/workspace/profile-key';
import { useLibrary, useWorkspace } from '../../app/library';
import { useLocale } from '../../i18n/useLocale';
import { showToast } from '../../ui/Toast';
import { NetworkSelect } from './NetworkSelect';
import { addProfile } from './profile-edit';
import { useInventoryText } from './text';
import { labelOf } from './useRegistry';

/**
 * Add a profile by pasting its address (the network is recognised as you
 * type, or the reason it can't be is shown), or by picking a network.
 */
export function AddProfile({ registry, onAdded }: { registry: NetworkRegistry; onAdded: (id: string, openEditor: boolean) => void }) {
  const { t } = useInventoryText();
  const { lang } = useLocale();
  const ws = useWorkspace();
  const { editWorkspace } = useLibrary();
  const ids = { paste: useId(), result: useId(), pick: useId() };
  const [input, setInput] = useState('');
  const [picked, setPicked] = useState('linkedin');
  const typed = useDeferredValue(input);

  const found = useMemo(() => (typed.trim() === '' ? null : identify(typed, registry)), [typed, registry]);
  const existing = found?.ok ? ws.profiles.find((p) => sameProfile(p, { network: found.network, handle: found.handle, url: found.canonicalUrl })) : undefined;
  const canAdd = found?.ok === true && !existing && typed === input;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!canAdd || !found?.ok) return;
    const profile = newProfile(found.network, { id: crypto.randomUUID(), handle: found.handle, url: found.canonicalUrl || input.trim() });
    editWorkspace((w) => addProfile(w, profile));
    setInput('');
    showToast({ message: t('added', { network: labelOf(registry, found.network, lang) }) });
    onAdded(profile.id, false);
  };
  const addEmpty = () => {
    const profile = newProfile(picked, { id: crypto.randomUUID(), status: 'to-create' });
    editWorkspace((w) => addProfile(w, profile));
    onAdded(profile.id, true);
  };

  let feedback = null;
  if (found && !found.ok) feedback = <p className="field-error" data-testid="paste-refused">{found.message[lang]}</p>;
  else if (found?.ok && existing) feedback = <p className="field-error" data-testid="paste-duplicate">{t('duplicate', { network: labelOf(registry, found.network, lang), handle: existing.handle || existing.url })}</p>;
  else if (found?.ok) feedback = <p className="field-hint ok-text" data-testid="paste-detected">{t('detected', { network: labelOf(registry, found.network, lang), handle: found.handle })}</p>;

  return (
    <div className="card add-profile">
      <h3>{t('addTitle')}</h3>
      <label htmlFor={ids.paste}>{t('pasteLabel')}</label>
      <form onSubmit={submit} className="add-row">
        <input
          id={ids.paste}
          type="text"
          value={input}
          maxLength={2048}
          placeholder={t('pastePlaceholder')}
          onChange={(e) => setInput(e.target.value)}
          aria-describedby={ids.result}
          aria-invalid={found !== null && (!found.ok || existing !== undefined)}
          data-testid="paste-profile"
        />
        <button type="submit" className="btn primary" disabled={!canAdd} data-testid="paste-add">{t('addDetected')}</button>
      </form>
      <div id={ids.result} aria-live="polite" className="paste-result">
        {feedback}
      </div>
      <div className="add-row">
        <span className="muted">{t('orPick')}</span>
        <label htmlFor={ids.pick} className="visually-hidden">{t('pickLabel')}</label>
        <div className="pick"><NetworkSelect id={ids.pick} registry={registry} value={picked} onChange={setPicked} testId="pick-network" /></div>
        <button type="button" className="btn" onClick={addEmpty} data-testid="pick-add">{t('addEmpty')}</button>
      </div>
    </div>
  );
}
