import { renderReport } from '../../../shared/domain/report';
import { AppError } from '../../../shared/ipc/envelope';
import type { Handlers } from '../../main/ipc-dispatch';
import { findWorkspace, type HandlerDeps } from './context';
import { fileStem } from './exports';

type ReportHandlers = Pick<Handlers, 'report:render'>;

export function reportHandlers(deps: HandlerDeps): ReportHandlers {
  return {
    'report:render': async ({ workspaceId, lang, format, weekStartsOn }) => {
      const ws = findWorkspace(deps, workspaceId);
      const { consultantName, consultantLogo } = deps.vault.data.settings;
      const consultant = consultantName.trim() || consultantLogo ? { name: consultantName.trim(), logo: consultantLogo } : null;
      const html = renderReport(ws, { lang, now: deps.now(), consultant, weekStartsOn });
      const stem = `${fileStem(ws.name)}-${lang === 'fr' ? 'rapport' : 'report'}`;
      if (format === 'html') {
        return { fileName: `${stem}.html`, mime: 'text/html', base64: Buffer.from(html, 'utf8').toString('base64') };
      }
      if (!deps.renderPdf) throw new AppError('internal', 'PDF export is not available here; export the report as HTML and print it from a browser.');
      const pdf = await deps.renderPdf(html);
      return { fileName: `${stem}.pdf`, mime: 'application/pdf', base64: Buffer.from(pdf).toString('base64') };
    },
  };
}
