import { useRef, useState } from 'react';
import { PHOTO_MIMES } from '../../../../shared/domain/workspace/photo-file';
import type { Profile } from '../../../../shared/schema/workspace';
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
  onChange: (photo: Profile['photo']) => void;
}

/**
 * The "photo present" fact the audit checks, and Vitrine's own copy of the
 * picture. Choosing a picture implies the profile has one; removing the
 * copy does not say the network profile lost its photo, so the box stays as it is.
 */
export function PhotoField({ workspaceId, profile, onChange }: Props) {
  const { t } = useInventoryText();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<PhotoSaveError | null>(null);
  const { photo } = profile;
  const url = usePhotoUrl(photo.file);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    const saved = await savePhoto(workspaceId, profile.id, file);
    setBusy(false);
    if (saved.ok) onChange({ present: true, file: saved.file });
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
          <label className="inline photo-present">
            <input id="field-photo" type="checkbox" className="checkbox" checked={photo.present} onChange={(e) => onChange({ ...photo, present: e.target.checked })} data-testid="field-photo" />
            {t('editor.photoPresent')}
          </label>
          <div className="inline">
            <button type="button" className="btn small" onClick={() => input.current?.click()} disabled={busy} aria-describedby="photo-hint" data-testid="photo-choose">
              {busy ? t('editor.pictureSaving') : t('editor.pictureChoose')}
            </button>
            {photo.file !== undefined && (
              <button type="button" className="btn small" onClick={() => onChange({ present: photo.present })} data-testid="photo-remove">{t('editor.pictureRemove')}</button>
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
