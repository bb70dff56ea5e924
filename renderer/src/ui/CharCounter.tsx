import './ui.css';

interface CharCounterProps {
  /** Referenced by the field's aria-describedby. */
  id: string;
  count: number;
  max?: number;
  /** Set when the count breaks a limit: shown next to the count. */
  problem?: string | null;
  /** error: over a hard limit (red); warning: below a recommended minimum. */
  tone?: 'error' | 'warning';
}

/** "233 / 220 — LinkedIn headlines are limited to 220 characters" under a field. */
export function CharCounter({ id, count, max, problem, tone = 'error' }: CharCounterProps) {
  return (
    <div id={id} className={`char-counter${problem ? ` ${tone}` : ''}`} data-testid={id}>
      <span className="char-count">{max === undefined ? count : `${count} / ${max}`}</span>
      {problem && <span className="char-problem"> — {problem}</span>}
    </div>
  );
}
