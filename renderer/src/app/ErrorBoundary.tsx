import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18next } from '../i18n';

interface State { error: Error | null }

/** Catches a crashing screen and offers a retry; the data is untouched. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: string }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Screen crashed', error, info.componentStack);
  }

  override componentDidUpdate(prev: { resetKey?: string }): void {
    if (prev.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const t = i18next.t.bind(i18next);
    return (
      <div role="alert" className="error-screen">
        <h2>{t('shell:error.title')}</h2>
        <p>{t('shell:error.body')}</p>
        <pre className="error-detail">{error.message}</pre>
        <button type="button" className="btn primary" onClick={() => this.setState({ error: null })}>{t('shell:error.retry')}</button>
      </div>
    );
  }
}
