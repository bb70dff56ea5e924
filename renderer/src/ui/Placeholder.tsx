import { useTranslation } from 'react-i18next';

/** A section not built yet says plainly what it will hold: no fake data. */
export function Placeholder({ title, body }: { title: string; body: string }) {
  const { t } = useTranslation();
  return (
    <section className="screen" aria-labelledby="placeholder-title">
      <h1 id="placeholder-title">{title}</h1>
      <div className="empty-state">
        <p className="eyebrow">{t('placeholder.title')}</p>
        <p>{body}</p>
      </div>
    </section>
  );
}
