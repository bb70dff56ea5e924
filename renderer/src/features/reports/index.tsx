import { useMemo, useState } from 'react';
import { renderReportParts, summarizeReport, type ReportDigest } from '../../../../shared/domain/report';
import { ReportSection, type Workspace } from '../../../../shared/schema/workspace';
import { call } from '../../api';
import { useLibrary } from '../../app/library';
import { useNavigation } from '../../app/navigation';
import type { Lang } from '../../i18n';
import { useLocale } from '../../i18n/useLocale';
import { downloadExported } from '../../ui/files';
import { showToast } from '../../ui/Toast';
import { useReportsText } from './text';
import { ReportPreview } from './ReportPreview';
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
  // The same document as the export, rebuilt here so the preview follows every edit at once.
  const options = useMemo(() => ({
    lang,
    now: new Date(),
    consultant: consultantName || settings.consultantLogo ? { name: consultantName, logo: settings.consultantLogo } : null,
    weekStartsOn: locale.weekStartsOn,
  }), [lang, consultantName, settings.consultantLogo, locale.weekStartsOn]);
  const digest = useMemo(() => summarizeReport(ws, options), [ws, options]);
  const parts = useMemo(() => renderReportParts(ws, options), [ws, options]);

  const exportAs = async (format: 'pdf' | 'html') => {
    setBusy(format);
    try {
      await flush();
      const file = await call('report:render', { workspaceId: ws.id, lang, format, weekStartsOn: locale.weekStartsOn });
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
      <ReportChoices ws={ws} />
      <ReportSummary digest={digest} name={ws.name} lang={lang} />
      <ReportPreview body={parts.body} css={parts.previewCss} lang={lang} label={t('previewLabel', { name: ws.name })} />
    </>
  );
}

const SECTIONS = ReportSection.options;

/** The consultant's note ("next steps") and the sections to print, kept with the client. */
function ReportChoices({ ws }: { ws: Workspace }) {
  const { t } = useReportsText();
  const { editWorkspace } = useLibrary();
  const setReport = (patch: Partial<Workspace['report']>) => editWorkspace((w) => ({ ...w, report: { ...w.report, ...patch } }));
  return (
    <div className="report-choices">
      <div className="report-note">
        <label htmlFor="report-next-steps">{t('nextSteps')}</label>
        <textarea
          id="report-next-steps" rows={4} maxLength={20000} value={ws.report.nextSteps} placeholder={t('nextStepsPlaceholder')}
          aria-describedby="report-next-steps-hint" onChange={(e) => setReport({ nextSteps: e.target.value })} data-testid="report-next-steps"
        />
        <p id="report-next-steps-hint" className="field-hint">{t('nextStepsHint')}</p>
      </div>
      <fieldset className="report-sections">
        <legend>{t('sections')}</legend>
        {SECTIONS.map((s) => (
          <label key={s} className="check">
            <input
              type="checkbox" checked={!ws.report.hidden.includes(s)} data-testid={`report-section-${s}`}
              onChange={(e) => setReport({ hidden: e.target.checked ? ws.report.hidden.filter((x) => x !== s) : [...ws.report.hidden, s] })}
            /> {t(`section.${s}`)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}

/** The report's score and band, above the sheets that say the rest. */
function ReportSummary({ digest, name, lang }: { digest: ReportDigest; name: string; lang: string }) {
  const { t } = useReportsText();
  const tone = digest.band === 'good' ? 'ok' : digest.band === 'fair' ? 'warning' : digest.band === 'poor' ? 'error' : '';
  return (
    <div className="report-summary" data-testid="report-summary">
      <h2>{t('summaryTitle', { name })}</h2>
      <p className="report-score">
        <span className="muted">{t('score')}</span>
        <strong data-testid="report-score">{digest.score ?? '–'}</strong><span className="muted">/ 100</span>
        {/* The band is worded in the report's language, which may not be the interface's. */}
        <span className={`chip ${tone}`} lang={lang}>{digest.bandLabel}</span>
      </p>
    </div>
  );
}
