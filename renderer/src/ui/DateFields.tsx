import { useState, type InputHTMLAttributes } from 'react';
import { dayPlaceholder, dayToText, textToDay, textToTime, timePlaceholder, timeToText } from '../../../shared/domain/dates/local-input';
import { useLocale } from '../i18n/useLocale';
import { useUiText } from './ui-text';

type Native = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'>;

interface FieldProps extends Native {
  /** YYYY-MM-DD (a day) or HH:mm (a time); '' when empty; null while the text typed is not valid (kept as typed). */
  value: string | null;
  /** The new value, '' when emptied, null while the text is not a valid day or time. */
  onValue: (value: string | null) => void;
}

/**
 * A text field in the app's language: a native date or time input follows the
 * browser's locale (mm/dd/yyyy on an American system), not Vitrine's.
 * The text is parsed as the user types; a bad entry is marked and says the expected form.
 */
function LocalField({ value, onValue, kind, ...native }: FieldProps & { kind: 'day' | 'time' }) {
  const { locale, lang } = useLocale();
  const { t } = useUiText();
  const show = (v: string | null) => (v === null ? '' : kind === 'day' ? dayToText(v, locale) : timeToText(v, locale));
  const [text, setText] = useState(() => show(value));
  const [bad, setBad] = useState(false);
  // Follow the value when it changes from outside (another profile, a reset), not while typing a valid one:
  // state derived during render, as React advises, rather than in an effect.
  const [seen, setSeen] = useState({ value, locale });
  if (value !== null && (seen.value !== value || seen.locale !== locale)) {
    setSeen({ value, locale });
    const parsed = kind === 'day' ? textToDay(text, locale) : textToTime(text, locale);
    if (parsed !== value || seen.locale !== locale) {
      setText(show(value));
      setBad(false);
    }
  }
  const placeholder = kind === 'day' ? dayPlaceholder(locale) : timePlaceholder(locale);
  const errorId = native.id ? `${native.id}-format` : undefined;
  return (
    <span className="local-field">
      <input
        {...native}
        type="text"
        lang={lang}
        inputMode={kind === 'day' ? 'numeric' : 'text'}
        autoComplete="off"
        placeholder={placeholder}
        value={text}
        size={kind === 'day' ? 11 : 8}
        aria-invalid={bad || native['aria-invalid'] ? true : undefined}
        aria-describedby={bad && errorId ? errorId : native['aria-describedby']}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          if (next.trim() === '') { setBad(false); onValue(''); return; }
          const parsed = kind === 'day' ? textToDay(next, locale) : textToTime(next, locale);
          setBad(parsed === null);
          onValue(parsed);
        }}
      />
      {bad && <span id={errorId} className="field-error local-field-error" role="alert">{t(kind === 'day' ? 'dayFormat' : 'timeFormat', { pattern: placeholder })}</span>}
    </span>
  );
}

export function DayField(props: FieldProps) {
  return <LocalField {...props} kind="day" />;
}

export function TimeField(props: FieldProps) {
  return <LocalField {...props} kind="time" />;
}
