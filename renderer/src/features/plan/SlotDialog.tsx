import { useId, useState } from 'react';
import { markSlotDone, rescheduleSlot, skipSlot, type SlotStatus } from '../../../../shared/domain/plan/adherence';
import type { NetworkRegistry } from '../../../../shared/domain/networks/registry';
import type { Workspace } from '../../../../shared/schema/workspace';
import { call } from '../../api';
import { useLibrary } from '../../app/library';
import { showToast } from '../../ui/Toast';
import { useDesktopText } from '../desktop/text';
import { useLocale } from '../../i18n/useLocale';
import { Modal } from '../../ui/Modal';
import { useUiText } from '../../ui/ui-text';
import { fromLocalInput, newId, toLocalInput } from './editing';
import { usePlanText } from './text';
import { formatLocal } from '../../../../shared/domain/dates/local-date';
import { DayField, TimeField } from '../../ui/DateFields';
import { labelOf } from '../inventory/useRegistry';

interface SlotDialogProps {
  slot: SlotStatus;
  ws: Workspace;
  registry: NetworkRegistry;
  /** Opened from a reminder notification: the draft to copy and a snooze. */
  fromReminder?: boolean;
  onClose: () => void;
}

/** A slot's details and what can be done with it: mark done, reschedule, skip. */
export function SlotDialog({ slot, ws, registry, fromReminder = false, onClose }: SlotDialogProps) {
  const desk = useDesktopText();
  const { t } = usePlanText();
  const ui = useUiText();
  const { lang, locale } = useLocale();
  const { editWorkspace } = useLibrary();
  const [moving, setMoving] = useState(false);
  const [when, setWhen] = useState<{ day: string | null; time: string | null }>(() => toLocalInput(slot.rescheduledTo ?? slot.start));
  const [error, setError] = useState('');
  const titleId = useId();
  const whenId = useId();
  const theme = ws.profiles.find((p) => p.id === slot.profileId)?.theme?.title ?? '';
  const done = slot.state === 'done';
  const draft = ws.posts.find((p) => p.slotKey === slot.key && p.status !== 'published' && p.status !== 'skipped')?.text.trim() ?? '';

  const copyDraft = async () => {
    try {
      await navigator.clipboard.writeText(draft);
      showToast({ message: desk.t('slot.copied') });
    } catch {
      showToast({ message: desk.t('diagnostics.copyFailed'), tone: 'error' });
    }
  };
  const snooze = async () => {
    try {
      await call('reminder:snooze', { workspaceId: ws.id, slotKey: slot.key, minutes: 10 });
      showToast({ message: desk.t('slot.snoozed') });
      onClose();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const reschedule = () => {
    const iso = fromLocalInput(when.day, when.time);
    const result = iso === null ? null : rescheduleSlot(ws, slot, iso, newId);
    if (!result) return setError(t('dateInvalid'));
    if (!result.ok) return setError(result.error[lang]);
    editWorkspace((w) => {
      const again = rescheduleSlot(w, slot, iso as string, newId);
      return again.ok ? again.workspace : w;
    });
    onClose();
  };

  return (
    <Modal onClose={onClose} labelledBy={titleId} testId="slot-dialog">
      <h2 id={titleId}>{t('slotTitle', { date: formatLocal(new Date(slot.start), 'PPPPp', locale) })}</h2>
      <dl className="facts">
        <dt>{t('network')}</dt><dd>{labelOf(registry, slot.network, lang)}</dd>
        <dt>{t('status')}</dt><dd><span className={`cal-item static state-${slot.state}`}>{t(`state.${slot.state}`)}</span></dd>
        {slot.rescheduledTo && <><dt>{t('reschedule')}</dt><dd>{t('rescheduledTo', { date: formatLocal(new Date(slot.rescheduledTo), 'PPPPp', locale) })}</dd></>}
        {theme && <><dt>{t('postTheme')}</dt><dd>{theme}</dd></>}
      </dl>
      {fromReminder && !done && (
        <div className="slot-reminder" data-testid="slot-reminder">
          <p><strong>{desk.t('slot.fromReminder')}</strong></p>
          {draft ? (
            <>
              <h3>{desk.t('slot.draft')}</h3>
              <p className="slot-draft" data-testid="slot-draft">{draft}</p>
              <button type="button" className="btn small" onClick={() => void copyDraft()} data-testid="slot-copy-draft">{desk.t('slot.copy')}</button>
            </>
          ) : <p className="muted">{desk.t('slot.noDraft')}</p>}
        </div>
      )}
      {moving && (
        <div className="slot-move">
          <label htmlFor={whenId}>{t('rescheduleTo')}</label>
          <span className="inline-fields">
            <DayField id={whenId} value={when.day} onValue={(day) => setWhen((w) => ({ ...w, day }))} aria-invalid={error ? true : undefined} data-testid="slot-when" />
            <TimeField id={`${whenId}-time`} aria-label={t('time')} value={when.time} onValue={(time) => setWhen((w) => ({ ...w, time }))} data-testid="slot-when-time" />
          </span>
        </div>
      )}
      {error && <p className="field-error" role="alert">{error}</p>}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>{ui.t('close')}</button>
        {fromReminder && !done && !moving && <button type="button" className="btn" onClick={() => void snooze()} data-testid="slot-snooze">{desk.t('slot.snooze')}</button>}
        {!done && !moving && <button type="button" className="btn" onClick={() => { editWorkspace((w) => skipSlot(w, slot, newId)); onClose(); }} data-testid="slot-skip">{t('skip')}</button>}
        {!done && (moving
          ? <button type="button" className="btn primary" onClick={reschedule} data-testid="slot-move-confirm">{t('rescheduleConfirm')}</button>
          : <button type="button" className="btn" onClick={() => setMoving(true)} data-testid="slot-reschedule">{t('reschedule')}</button>)}
        {!done && !moving && (
          <button type="button" className="btn primary" autoFocus onClick={() => { editWorkspace((w) => markSlotDone(w, slot, new Date(), newId)); onClose(); }} data-testid="slot-done">
            {t('markDone')}
          </button>
        )}
      </div>
    </Modal>
  );
}
