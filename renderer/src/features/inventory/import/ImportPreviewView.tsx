import { useId } from 'react';
import type { ImportPreview } from '../../../../../shared/ipc/contract';
import { ResumeSays } from './ResumeSays';
import { useImportText } from './text';

const SHOWN_CHANGES = 200;
const SHOWN_ISSUES = 200;

interface Props {
  preview: ImportPreview;
  confirmed: ReadonlySet<number>;
  onConfirm: (index: number, yes: boolean) => void;
}

/** What the import will add and change (before → after), what it skips and why. */
export function ImportPreviewView({ preview, confirmed, onConfirm }: Props) {
  const { t } = useImportText();
  // Domain labels are technical ("person.headline", "LinkedIn — x" + field): say them in words.
  const fieldName = (field: string) => t(`fields.${field}`, { defaultValue: field });
  const itemLabel = (c: ImportPreview['changes'][number]) => {
    if (c.entity === 'person' && c.field) return `${t('person')} · ${fieldName(c.field)}`;
    return c.field ? `${c.label} · ${fieldName(c.field)}` : c.label;
  };
  const ids = { changes: useId(), issues: useId(), uncertain: useId() };
  const formatName = t(`formats.${preview.format}`, { defaultValue: preview.format });
  // The photo fact's values are words of the domain ("present"/"absent"): said in the UI's language.
  const value = (c: ImportPreview['changes'][number], v: string | null) => (c.field === 'photo' && v !== null ? t(`photoValue.${v}`, { defaultValue: v }) : v);
  const show = (v: string | null) => (v === null || v === '' ? <em className="muted">{t('empty')}</em> : v);
  return (
    <div className="import-preview" data-testid="import-preview">
      <p><strong>{t('format', { format: formatName })}</strong></p>
      {Object.keys(preview.read).length > 0 && (
        <p className="muted" data-testid="import-read">
          {t('read')} — {Object.entries(preview.read).map(([kind, count]) => t('readItem', { kind: t(`readKinds.${kind}`, { defaultValue: kind }), count })).join(' · ')}
        </p>
      )}

      <h3 id={ids.changes}>{t('changes', { count: preview.changes.length })}</h3>
      {preview.changes.length === 0 ? (
        <p className="muted">{t('noChanges')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" aria-labelledby={ids.changes} data-testid="import-changes">
            <thead>
              <tr><th scope="col">{t('colKind')}</th><th scope="col">{t('colWhat')}</th><th scope="col">{t('colBefore')}</th><th scope="col">{t('colAfter')}</th></tr>
            </thead>
            <tbody>
              {preview.changes.slice(0, SHOWN_CHANGES).map((c, i) => (
                <tr key={i}>
                  <td><span className={`chip ${c.kind === 'add' ? 'ok' : 'info'}`}>{t(c.kind)}</span></td>
                  <td>{itemLabel(c)}</td>
                  <td className="cell-text"><div className="clamp">{c.kind === 'add' ? '' : show(value(c, c.before))}</div></td>
                  <td className="cell-text"><div className="clamp">{show(value(c, c.after))}</div></td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.changes.length > SHOWN_CHANGES && <p className="muted">{t('more', { count: preview.changes.length - SHOWN_CHANGES })}</p>}
        </div>
      )}

      {preview.resume && <ResumeSays findings={preview.resume} />}

      {preview.issues.length > 0 && (
        <>
          <h3 id={ids.issues}>{t('issues', { count: preview.issues.length })}</h3>
          <ul className="issue-list" aria-labelledby={ids.issues} data-testid="import-issues">
            {preview.issues.slice(0, SHOWN_ISSUES).map((issue, i) => (
              <li key={i}>
                <span className={`chip ${issue.level === 'error' ? 'error' : issue.level === 'warning' ? 'warning' : 'info'}`}>{t(`level.${issue.level}`)}</span>{' '}
                {(issue.file || issue.where) && <code>{[issue.file, issue.where].filter(Boolean).join(' › ')}</code>} {issue.message}
              </li>
            ))}
          </ul>
          {preview.issues.length > SHOWN_ISSUES && <p className="muted">{t('more', { count: preview.issues.length - SHOWN_ISSUES })}</p>}
        </>
      )}

      {preview.uncertain.length > 0 && (
        <fieldset className="uncertain" aria-describedby={ids.uncertain}>
          <legend>{t('uncertainTitle')}</legend>
          <p id={ids.uncertain} className="field-hint">{t('uncertainHint')}</p>
          {preview.uncertain.map((u) => (
            <label key={u.index} className="check">
              <input type="checkbox" checked={confirmed.has(u.index)} onChange={(e) => onConfirm(u.index, e.target.checked)} data-testid={`uncertain-${u.index}`} />
              {t('uncertainItem', { name: u.name, guess: u.guess })}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
