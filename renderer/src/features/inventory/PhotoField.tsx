import { useRef, useState } from 'react';
import { PHOTO_MIMES } from '../../../../shared/domain/workspace/photo-file';
import { factSourceOf } from '../../../../shared/domain/facts/record';
import type { FactState, Profile } from '../../../../shared/schema/workspace';
import { FactChoice } from './fields';
import { todayIso } from './profile-edit';
import { savePhoto, usePhotoUrl, type PhotoSaveError } from './photo';
import { useInventoryText } from './text';

/** A round picture, or nothing while it loads / when the file is gone. `alt` empty when a name sits next to it. */
export function PhotoAvatar({ file, size, alt, testId }: { file: string | undefined; size: number; alt: string; testId?: string }) {
  const url = usePhotoUrl(file);
  if (url === null) return null;
  return <img className="photo-avatar" src={url} alt={alt} width={size} height={size} data-testid={testId} />;
}

interface Props {
  workspaceId: string;
  profile: Profile;
  onChange: (patch: Pick<Profile, 'photo'> | Pick<Profile, 'photo' | 'facts'>) => void;
}

/**
 * The photo fact the audit checks (there / missing / not checked), and
 * Vitrine's own copy of the picture. Choosing a picture says the profile has
 * one; removing the copy does not say the network profile lost its photo, so
 * the fact stays as it is.
 */
export function PhotoField({ workspaceId, profile, onChange }: Props) {
  const { t } = useInventoryText();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<PhotoSaveError | null>(null);
  const { photo } = profile;
  const url = usePhotoUrl(photo.file);
  const typed = (state: FactState) => ({ state, source: state === 'unchecked' ? null : factSourceOf('typed', todayIso()) });

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    const saved = await savePhoto(workspaceId, profile.id, file);
    setBusy(false);
    if (saved.ok) onChange({ photo: { file: saved.file }, facts: { ...profile.facts, photo: typed('known') } });
    else setError(saved.error);
  };
  const errorText = error === null ? null
    : error === 'type' ? t('editor.pictureType')
      : error === 'size' ? t('editor.pictureSize')
        : t('editor.pictureFailed', { message: error.message });

  return (
    <>
      <label htmlFor="field-photo">{t('editor.photo')}</label>
      <div className="photo-field">
        <div className="photo-frame" aria-hidden={url === null}>
          {url !== null
            ? <img className="photo-avatar" src={url} alt={t('editor.pictureAlt')} width={72} height={72} data-testid="photo-thumb" />
            : <span className="photo-placeholder">{photo.file !== undefined ? t('editor.pictureMissing') : t('editor.noPicture')}</span>}
        </div>
        <div className="photo-controls">
          <span id="field-photo" className="photo-present" tabIndex={-1}>{t('editor.photoPresent')}</span>
          <FactChoice fact="photo" label={t('editor.photo')} state={profile.facts.photo.state} source={profile.facts.photo.source} onChange={(state) => onChange({ photo, facts: { ...profile.facts, photo: typed(state) } })} />
          <div className="inline">
            <button type="button" className="btn small" onClick={() => input.current?.click()} disabled={busy} aria-describedby="photo-hint" data-testid="photo-choose">
              {busy ? t('editor.pictureSaving') : t('editor.pictureChoose')}
            </button>
            {photo.file !== undefined && (
              <button type="button" className="btn small" onClick={() => onChange({ photo: {} })} data-testid="photo-remove">{t('editor.pictureRemove')}</button>
            )}
          </div>
          <input
            ref={input}
            type="file"
            accept={PHOTO_MIMES.join(',')}
            hidden
            onChange={(e) => {
              void choose(e.target.files?.[0]);
              e.target.value = '';
            }}
            data-testid="photo-input"
          />
          <p id="photo-hint" className="field-hint">{t('editor.pictureHint')}</p>
          {errorText && <p className="field-error" role="alert" data-testid="photo-error">{errorText}</p>}
        </div>
      </div>
    </>
  );
}
