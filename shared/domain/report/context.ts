import { format, type Locale } from 'date-fns';
import { enGB, fr } from 'date-fns/locale';
import { crossLinkMatrix, type AuditReport, type CrossLinkMatrix } from '../audit';
import { networkLabel, profileLabel } from '../audit/labels';
import { networkForWorkspace, type NetworkRegistry } from '../networks/registry';
import { reviewWorkspace } from '../review';
import type { Lang } from '../../schema/text';
import type { Workspace } from '../../schema/workspace';
import { REPORT_TEXT, type ReportText } from './text';
import { localPattern } from '../dates/local-date';

export interface ReportOptions {
  lang: Lang;
  now: Date;
  /** Printed on the cover when given; the logo is a data: URL, dropped unless it is a PNG, JPEG or SVG. */
  consultant: { name: string; logo: string | null } | null;
  weekStartsOn: 0 | 1;
}

/** What every section reads: the workspace, its review, and the language's labels and dates. */
export interface ReportContext {
  ws: Workspace;
  opts: ReportOptions;
  t: ReportText;
  review: AuditReport;
  registry: NetworkRegistry;
  matrix: CrossLinkMatrix;
  /** date-fns format in the report's language. */
  date(d: Date | number, pattern: string): string;
  network(id: string): string;
  /** "LinkedIn — handle" for a profile id (the id itself if unknown). */
  profile(id: string): string;
}

const LOCALES: Readonly<Record<Lang, Locale>> = { fr, en: enGB };

export function reportContext(ws: Workspace, opts: ReportOptions): ReportContext {
  const registry = networkForWorkspace(ws);
  const locale = LOCALES[opts.lang];
  const byId = new Map(ws.profiles.map((p) => [p.id, p]));
  const review = reviewWorkspace(ws, opts.now, { weekStartsOn: opts.weekStartsOn });
  return {
    ws,
    opts,
    t: REPORT_TEXT[opts.lang],
    review,
    registry,
    matrix: crossLinkMatrix(ws, registry, review.context),
    date: (d, pattern) => format(d, localPattern(pattern, locale), { locale, weekStartsOn: opts.weekStartsOn }),
    network: (id) => networkLabel(id, registry),
    profile: (id) => {
      const p = byId.get(id);
      return p ? profileLabel(p, registry) : id;
    },
  };
}
