import './ui.css';

interface CharCounterProps {
  /** Referenced by the field's aria-describedby. */
  id: string;
  count: number;
  max?: number;
  /** Set when the count breaks a limit: shown under the field, in the error colour. */
  problem?: string | null;
}

/** "233 / 220" next to a field, and why it is a problem when it is one. */
export function CharCounter({ id, count, max, problem }: CharCounterProps) {
  return (
    <div id={id} className={`char-counter${problem ? ' over' : ''}`} data-testid={`${id}`}>
      <span className="char-count">{max === undefined ? count : `${count} / ${max}`}</span>
      {problem && <span className="char-problem" role="alert"> — {problem}</span>}
    </div>
  );
}
