import { useId, useState, type ReactNode } from 'react';
import { describeSource } from '../../../../shared/domain/facts/labels';
import type { FactSource, FactState } from '../../../../shared/schema/workspace';
import { useLocale } from '../../i18n/useLocale';
import { CharCounter } from '../../ui/CharCounter';
import type { FieldCheck } from './limits';
import { useInventoryText } from './text';

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The schema's hard maximum: the input refuses more. */
  hardMax: number;
  multiline?: boolean;
  type?: 'text' | 'url';
  /** The network's soft limits for this field, with the problem worded. */
  check?: FieldCheck & { message: string | null; tone: 'error' | 'warning' };
  /** Extra line under the field (validation of a URL, a hint). */
  note?: ReactNode;
  placeholder?: string;
  testId?: string;
}

/** A labelled text field; with `check`, a live character counter tied by aria-describedby. */
export function TextField({ id, label, value, onChange, hardMax, multiline, type = 'text', check, note, placeholder, testId }: TextFieldProps) {
  const counterId = `${id}-count`;
  const noteId = `${id}-note`;
  const describedBy = [check ? counterId : null, note ? noteId : null].filter(Boolean).join(' ') || undefined;
  const invalid = check?.message != null && check.tone === 'error';
  const common = {
    id,
    value,
    maxLength: hardMax,
    placeholder,
    'aria-invalid': invalid,
    'aria-describedby': describedBy,
    'data-testid': testId ?? id,
  };
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <div>
        {multiline
          ? <textarea {...common} onChange={(e) => onChange(e.target.value)} rows={4} />
          : <input {...common} type={type} onChange={(e) => onChange(e.target.value)} />}
        {check && <CharCounter id={counterId} count={check.count} max={check.max} problem={check.message} tone={check.tone} />}
        {note && <div id={noteId}>{note}</div>}
      </div>
    </>
  );
}

interface ListFieldProps {
  id: string;
  label: string;
  items: readonly string[];
  onChange: (items: string[]) => void;
  itemMax: number;
  type?: 'text' | 'url';
  placeholder?: string;
  check?: TextFieldProps['check'];
}

/** A list of short texts (keywords, links, languages): add with Enter, remove each with its button. */
export function ListField({ id, label, items, onChange, itemMax, type = 'text', placeholder, check }: ListFieldProps) {
  const { t } = useInventoryText();
  const [draft, setDraft] = useState('');
  const listId = useId();
  const counterId = `${id}-count`;
  const add = () => {
    const value = draft.trim();
    if (value === '') return;
    if (!items.includes(value)) onChange([...items, value]);
    setDraft('');
  };
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <div className="list-field">
        {items.length > 0 && (
          <ul id={listId} className="tag-list" aria-label={label}>
            {items.map((item) => (
              <li key={item} className="tag">
                <span>{item}</span>
                <button type="button" className="tag-remove" aria-label={t('list.remove', { item })} onClick={() => onChange(items.filter((i) => i !== item))}>×</button>
              </li>
            ))}
          </ul>
        )}
        <div className="list-add">
          <input
            id={id}
            type={type}
            value={draft}
            maxLength={itemMax}
            placeholder={placeholder ?? t('list.placeholder')}
            aria-describedby={check ? counterId : undefined}
            aria-invalid={check?.message != null && check.tone === 'error'}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
            data-testid={id}
          />
          <button type="button" className="btn small" onClick={add} disabled={draft.trim() === ''}>{t('list.add')}</button>
        </div>
        {check && <CharCounter id={counterId} count={check.count} max={check.max} problem={check.message} tone={check.tone} />}
      </div>
    </>
  );
}

/** Yes / no / don't know, for settings that are null where unknown. */
export function TriStateField({ id, label, value, onChange }: { id: string; label: string; value: boolean | null; onChange: (v: boolean | null) => void }) {
  const { t } = useInventoryText();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value === null ? '' : String(value)} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value === 'true')} data-testid={id}>
        <option value="">{t('editor.unknown')}</option>
        <option value="true">{t('editor.yes')}</option>
        <option value="false">{t('editor.no')}</option>
      </select>
    </>
  );
}

interface FactChoiceProps {
  /** Fact name, for ids and test ids. */
  fact: string;
  label: string;
  state: FactState;
  source: FactSource | null;
  onChange: (state: FactState) => void;
  /** When the field holds a value it is known: only the source is shown. */
  hasValue?: boolean;
}

/**
 * "Checked: it is there / it is missing" in one click, or back to "not
 * checked", with where the fact came from. Radio buttons, so the arrow keys
 * move between the three and a screen reader names the group.
 */
export function FactChoice({ fact, label, state, source, onChange, hasValue = false }: FactChoiceProps) {
  const { t } = useInventoryText();
  const { lang } = useLocale();
  const name = `fact-${fact}`;
  const sourceText = source === null ? null : describeSource(source, lang);
  return (
    <div className="fact-choice" data-testid={name} data-state={state}>
      {!hasValue && (
        <div role="radiogroup" aria-label={t('facts.group', { what: label })} className="fact-options">
          {(['known', 'absent', 'unchecked'] as const).map((option) => (
            <label key={option} className={`fact-option ${state === option ? 'selected' : ''}`}>
              <input type="radio" name={name} value={option} checked={state === option} onChange={() => onChange(option)} data-testid={`${name}-${option}`} />
              {t(`facts.${option}`)}
            </label>
          ))}
        </div>
      )}
      {sourceText !== null && state !== 'unchecked' && <span className="field-hint fact-source" data-testid={`${name}-source`}>{sourceText}</span>}
    </div>
  );
}
