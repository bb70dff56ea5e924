import { useEffect, useId, useRef, useState } from 'react';
import { canBeMain, mainProfileChoice, mainProfileName } from '../../../../shared/domain/audit/main-profile';
import type { NetworkRegistry } from '../../../../shared/domain/networks/registry';
import { pickMainProfile } from '../../../../shared/domain/workspace/profiles';
import type { Profile } from '../../../../shared/schema/workspace';
import { useLibrary, useWorkspace } from '../../app/library';
import { useLocale } from '../../i18n/useLocale';
import { useInventoryText } from './text';

/**
 * Whether this profile is the main one (it weighs three times the others in the score), who chose
 * it, and the buttons to pick it or go back to the automatic choice (the goal's).
 */
export function MainProfileField({ profile, registry }: { profile: Profile; registry: NetworkRegistry }) {
  const { t } = useInventoryText();
  const { lang } = useLocale();
  const ws = useWorkspace();
  const { editWorkspace } = useLibrary();
  const titleId = useId();
  const choice = mainProfileChoice(ws);
  const isMain = choice?.id === profile.id;
  const pickedHere = ws.mainProfileId === profile.id;
  const described = (c: NonNullable<typeof choice>) => t('main.named', { name: mainProfileName(ws, c.id, registry, lang), why: t(`main.why.${c.why}`) });

  // The status line says at once what changed (aria-live) and the other button undoes it; a toast
  // with undo would sit under this dialog, out of reach until it closes.
  const group = useRef<HTMLDivElement>(null);
  const [changed, setChanged] = useState(0);
  const choose = (id: string | null) => {
    editWorkspace((w) => pickMainProfile(w, id));
    setChanged((n) => n + 1);
  };
  // The clicked button goes away: keep the keyboard focus here, on the button that undoes it or on the status.
  useEffect(() => {
    if (changed === 0) return;
    const target = group.current?.querySelector<HTMLElement>('button') ?? group.current?.querySelector<HTMLElement>('[data-testid=main-profile-status]');
    target?.focus();
  }, [changed]);

  let status: string;
  if (isMain) status = t(choice.why === 'picked' ? 'main.isPicked' : 'main.isAuto', { why: t(`main.why.${choice.why}`) });
  else if (pickedHere) status = t('main.pickedNotEligible');
  else if (!canBeMain(ws, profile)) status = t('main.notEligible');
  else status = choice ? t('main.other', { main: described(choice) }) : t('main.none');

  return (
    <div className={`main-profile-field${isMain ? ' is-main' : ''}`} role="group" aria-labelledby={titleId} ref={group} data-testid="main-profile-field">
      <h3 id={titleId}>{isMain && <span aria-hidden="true">★ </span>}{t('main.title')}</h3>
      <p className="field-hint" data-testid="main-profile-status" aria-live="polite" tabIndex={-1}>{status}</p>
      <div className="inline">
        {!isMain && canBeMain(ws, profile) && (
          <button type="button" className="btn small" onClick={() => choose(profile.id)} data-testid="main-profile-pick">{t('main.pick')}</button>
        )}
        {pickedHere && (
          <button type="button" className="btn small" onClick={() => choose(null)} data-testid="main-profile-auto">{t('main.auto')}</button>
        )}
      </div>
    </div>
  );
}
