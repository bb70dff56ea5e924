import './ui.css';
import { useId, useRef, useState, type KeyboardEvent } from 'react';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  danger?: boolean;
  testId?: string;
}

interface MenuProps {
  /** Visible button text. */
  label: string;
  /** Accessible name when the visible text is not enough ("Actions for Jeanne"). */
  ariaLabel?: string;
  /** The items, built when the menu opens: a list of 500 rows builds (and translates) none until asked. */
  items: () => readonly MenuItem[];
  testId?: string;
}

/**
 * A menu button over a native popover: it sits in the top layer (never
 * clipped by a scrolling list), Escape and outside clicks close it. Arrow keys
 * move between items.
 */
export function Menu({ label, ariaLabel, items, testId }: MenuProps) {
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const pop = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);

  const place = () => {
    const b = button.current?.getBoundingClientRect();
    const p = pop.current;
    if (!b || !p) return;
    p.style.top = `${Math.min(b.bottom + 4, window.innerHeight - p.offsetHeight - 8)}px`;
    p.style.left = `${Math.max(8, b.right - p.offsetWidth)}px`;
  };
  const itemsOf = () => Array.from(pop.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? []);
  const onKey = (e: KeyboardEvent) => {
    const all = itemsOf();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    const go = (i: number) => all[(i + all.length) % all.length]?.focus();
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(all.length - 1);
    else return;
    e.preventDefault();
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        className="btn small"
        popoverTarget={id}
        aria-haspopup="menu"
        aria-label={ariaLabel}
        data-testid={testId}
      >
        {label} ▾
      </button>
      <div
        ref={pop}
        id={id}
        popover="auto"
        role="menu"
        className="menu"
        onKeyDown={onKey}
        // The items are drawn before the popover shows (React commits this event's update at once).
        onBeforeToggle={(e) => setOpen((e.nativeEvent as ToggleEvent).newState === 'open')}
        onToggle={(e) => {
          if ((e.nativeEvent as ToggleEvent).newState !== 'open') return;
          place();
          itemsOf()[0]?.focus();
        }}
      >
        {open && items().map((item) => (
          <button
            key={item.label}
            type="button"
            role="menuitem"
            className={item.danger ? 'menu-item danger' : 'menu-item'}
            data-testid={item.testId}
            onClick={() => {
              pop.current?.hidePopover();
              item.onSelect();
            }}
          >
            {item.label}
          </button>
        ))}
      </div>
    </>
  );
}
