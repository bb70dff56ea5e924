import { useMemo, useState } from 'react';
import { summarizeReport, type ReportDigest } from '../../../../shared/domain/report';
import type { Workspace } from '../../../../shared/schema/workspace';
import { call } from '../../api';
import { useLibrary } from '../../app/library';
import { useNavigation } from '../../app/navigation';
import type { Lang } from '../../i18n';
import { useLocale } from '../../i18n/useLocale';
import { downloadExported } from '../../ui/files';
import { showToast } from '../../ui/Toast';
import { useReportsText } from './text';
import './reports.css';

export function ReportsScreen() {
  const { t } = useReportsText();
  const { workspace } = useLibrary();
  const { navigate } = useNavigation();
  return (
    <section className="screen reports" aria-labelledby="reports-title">
      <div className="toolbar"><h1 id="reports-title" className="grow">{t('title')}</h1></div>
      {workspace ? <ClientReport ws={workspace} /> : (
        <div className="empty-state">
          <p>{t('noClient')}</p>
          <button type="button" className="btn" onClick={() => navigate('clients')}>{t('openClients')}</button>
        </div>
      )}
    </section>
  );
}

function ClientReport({ ws }: { ws: Workspace }) {
  const { t } = useReportsText();
  const { settings, flush } = useLibrary();
  const { navigate } = useNavigation();
  const locale = useLocale();
  const [lang, setLang] = useState<Lang>(locale.lang);
  const [busy, setBusy] = useState<'pdf' | 'html' | null>(null);
  const consultantName = settings.consultantName.trim();
  // The same model as the export, computed here so the summary follows every edit at once.
  const digest = useMemo(() => summarizeReport(ws, {
    lang,
    now: new Date(),
    consultant: consultantName || settings.consultantLogo ? { name: consultantName, logo: settings.consultantLogo } : null,
    weekStartsOn: locale.weekStartsOn,
  }), [ws, lang, consultantName, settings.consultantLogo, locale.weekStartsOn]);

  const exportAs = async (format: 'pdf' | 'html') => {
    setBusy(format);
    try {
      await flush();
      const file = await call('report:render', { workspaceId: ws.id, lang, format });
      downloadExported(file);
      showToast({ message: t('exported', { file: file.fileName }) });
    } catch (e) {
      showToast({ message: t('exportFailed', { message: e instanceof Error ? e.message : String(e) }), tone: 'error' });
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <p className="muted">{t('intro')}</p>
      <div className="report-controls">
        <div>
          <label htmlFor="report-lang">{t('language')}</label>
          <select id="report-lang" value={lang} onChange={(e) => setLang(e.target.value === 'fr' ? 'fr' : 'en')} data-testid="report-lang">
            <option value="fr">{t('languages.fr')}</option>
            <option value="en">{t('languages.en')}</option>
          </select>
        </div>
        <button type="button" className="btn primary" disabled={busy !== null} onClick={() => void exportAs('pdf')} data-testid="report-export-pdf">
          {busy === 'pdf' ? t('exporting') : t('exportPdf')}
        </button>
        <button type="button" className="btn" disabled={busy !== null} onClick={() => void exportAs('html')} data-testid="report-export-html">
          {busy === 'html' ? t('exporting') : t('exportHtml')}
        </button>
        <p className="report-consultant">
          <span>{consultantName ? t('consultant', { name: consultantName }) : t('noConsultant')}</span>
          <button type="button" className="link-button" onClick={() => navigate('settings')}>{t('editConsultant')}</button>
        </p>
      </div>
      <ReportSummary digest={digest} name={ws.name} />
    </>
  );
}

/**
 * What the report says, in short. The document itself is not shown: a
 * srcdoc iframe inherits the app's CSP, which (rightly) refuses the report's
 * inline style sheet, so it would appear unstyled.
 */
function ReportSummary({ digest, name }: { digest: ReportDigest; name: string }) {
  const { t } = useReportsText();
  return (
    <article className="card report-summary" aria-labelledby="report-summary-title" data-testid="report-summary">
      <h2 id="report-summary-title">{t('summaryTitle', { name })}</h2>
      <p className="notice info">{t('previewBlocked')}</p>
      <p className="report-score">
        <strong data-testid="report-score">{digest.score ?? '–'}</strong><span className="muted"> / 100</span>
        <span className={`chip ${digest.band === 'good' ? 'ok' : digest.band === 'fair' ? 'warning' : digest.band === 'poor' ? 'error' : ''}`}>{digest.bandLabel}</span>
      </p>
      <div className="report-columns">
        <section aria-labelledby="report-good">
          <h3 id="report-good">{digest.sections[0]}</h3>
          {digest.strengths.length ? <ul>{digest.strengths.map((s) => <li key={s}>{s}</li>)}</ul> : <p className="muted">{t('none')}</p>}
        </section>
        <section aria-labelledby="report-fixes">
          <h3 id="report-fixes">{digest.sections[1]}</h3>
          {digest.topFixes.length ? <ol>{digest.topFixes.map((f, i) => <li key={`${i}-${f.message}`}>{f.message}<br /><small className="muted">{f.subject}</small></li>)}</ol> : <p className="muted">{t('none')}</p>}
        </section>
      </div>
      <h3>{t('contents')}</h3>
      <ol className="report-contents">{digest.sections.map((s) => <li key={s}>{s}</li>)}</ol>
    </article>
  );
}
