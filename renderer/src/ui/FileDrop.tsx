import './ui.css';
import { useState, type ChangeEvent, type DragEvent } from 'react';
import { useUiText } from './ui-text';

interface FileDropProps {
  /** e.g. ".json,.zip,.csv,.js" */
  accept: string;
  onFiles: (files: File[]) => void;
  /** Offer a folder picker too (an unzipped export). */
  folder?: boolean;
  disabled?: boolean;
  /** Id of the text that says which files are expected. */
  describedBy?: string;
  testId?: string;
}

/** A file picker, an optional folder picker and a drop zone, all giving plain File lists. */
export function FileDrop({ accept, onFiles, folder = false, disabled = false, describedBy, testId = 'file-drop' }: FileDropProps) {
  const { t } = useUiText();
  const [over, setOver] = useState(false);
  const take = (list: FileList | null) => {
    const files = list ? Array.from(list) : [];
    if (files.length > 0) onFiles(files);
  };
  // What both hidden inputs share; the input is reset so the same file can be picked again.
  const inputProps = {
    type: 'file',
    className: 'visually-hidden',
    disabled,
    'aria-describedby': describedBy,
    onChange: (e: ChangeEvent<HTMLInputElement>) => {
      take(e.target.files);
      e.target.value = '';
    },
  } as const;
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (!disabled) take(e.dataTransfer.files);
  };
  return (
    <div
      className={`file-drop${over ? ' over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid={testId}
    >
      <label className="btn">
        {t('chooseFiles')}
        <input {...inputProps} accept={accept} multiple data-testid={`${testId}-input`} />
      </label>
      {folder && (
        <label className="btn">
          {t('chooseFolder')}
          <input
            {...inputProps}
            ref={(el) => {
              if (el) el.webkitdirectory = true;
            }}
          />
        </label>
      )}
      <span className="muted">{t('dropHere')}</span>
    </div>
  );
}
