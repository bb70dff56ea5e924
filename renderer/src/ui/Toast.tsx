import './ui.css';
import { useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { useUiText } from './ui-text';

export interface ToastInput {
  message: string;
  /** One action, typically "Undo"; the toast closes when it runs. */
  action?: { label: string; run: () => void | Promise<void> };
  tone?: 'info' | 'error';
  /** Milliseconds before it goes away (default 10 s with an action, 5 s without). */
  durationMs?: number;
}

interface ToastState extends ToastInput { id: number }

/*
 * One toast at a time, kept in a module store and drawn by a host that mounts
 * itself on first use, so any screen can show one without a provider.
 */
let current: ToastState | null = null;
let nextId = 1;
let timer: ReturnType<typeof setTimeout> | null = null;
const listeners = new Set<() => void>();
let mounted = false;

function emit(): void {
  for (const l of listeners) l();
}

export function dismissToast(): void {
  if (timer) clearTimeout(timer);
  timer = null;
  current = null;
  emit();
}

export function showToast(input: ToastInput): void {
  mountHost();
  if (timer) clearTimeout(timer);
  current = { ...input, id: nextId++ };
  timer = setTimeout(dismissToast, input.durationMs ?? (input.action ? 10_000 : 5_000));
  emit();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function ToastHost() {
  const toast = useSyncExternalStore(subscribe, () => current);
  const { t } = useUiText();
  return (
    <div aria-live="polite" role="status">
      {toast && (
        <div className={`toast${toast.tone === 'error' ? ' error' : ''}`} data-testid="toast" key={toast.id}>
          <span>{toast.message}</span>
          {toast.action && (
            <button
              type="button"
              className="btn small"
              data-testid="toast-action"
              onClick={() => {
                const run = toast.action?.run;
                dismissToast();
                void run?.();
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button type="button" className="btn small toast-close" aria-label={t('dismiss')} onClick={dismissToast}>×</button>
        </div>
      )}
    </div>
  );
}

function mountHost(): void {
  if (mounted) return;
  mounted = true;
  const el = document.createElement('div');
  el.className = 'toast-host';
  document.body.appendChild(el);
  createRoot(el).render(<ToastHost />);
}
