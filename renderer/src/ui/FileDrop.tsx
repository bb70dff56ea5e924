import './ui.css';
import { useState, type DragEvent } from 'react';
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
        <input
          type="file"
          className="visually-hidden"
          accept={accept}
          multiple
          disabled={disabled}
          aria-describedby={describedBy}
          data-testid={`${testId}-input`}
          onChange={(e) => {
            take(e.target.files);
            e.target.value = '';
          }}
        />
      </label>
      {folder && (
        <label className="btn">
          {t('chooseFolder')}
          <input
            type="file"
            className="visually-hidden"
            disabled={disabled}
            aria-describedby={describedBy}
            ref={(el) => {
              if (el) el.webkitdirectory = true;
            }}
            onChange={(e) => {
              take(e.target.files);
              e.target.value = '';
            }}
          />
        </label>
      )}
      <span className="muted">{t('dropHere')}</span>
    </div>
  );
}
