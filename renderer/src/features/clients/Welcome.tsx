import { useId } from 'react';
import { useClientsText } from './text';

/** First start: what Vitrine does, and three ways in. */
export function Welcome({ onCreate, onDemo, onImport }: { onCreate: () => void; onDemo: () => void; onImport: () => void }) {
  const { t } = useClientsText();
  const titleId = useId();
  return (
    <div className="empty-state welcome" role="region" aria-labelledby={titleId} data-testid="clients-welcome">
      <h2 id={titleId}>{t('welcomeTitle')}</h2>
      <p>{t('welcome1')}</p>
      <p>{t('welcome2')}</p>
      <div className="welcome-actions">
        <button type="button" className="btn primary" onClick={onCreate} data-testid="first-client">{t('firstClient')}</button>
        <button type="button" className="btn" onClick={onDemo} data-testid="open-demo">{t('demo')}</button>
        <button type="button" className="btn" onClick={onImport} data-testid="import-first">{t('importFile')}</button>
      </div>
    </div>
  );
}
