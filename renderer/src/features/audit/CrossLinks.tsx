import { useMemo } from 'react';
import { crossLinkMatrix, type AuditReport } from '../../../../shared/domain/audit';
import { describeSource } from '../../../../shared/domain/facts/labels';
import type { NetworkRegistry } from '../../../../shared/domain/networks/registry';
import type { Workspace } from '../../../../shared/schema/workspace';
import { LinkMatrix, type MatrixCell } from '../../charts/LinkMatrix';
import { useLocale } from '../../i18n/useLocale';
import { useAuditText } from './text';

/** The cross-link matrix of the active professional profiles. */
export function CrossLinks({ ws, report, registry }: { ws: Workspace; report: AuditReport; registry: NetworkRegistry }) {
  const { t } = useAuditText();
  const { lang } = useLocale();
  const matrix = useMemo(() => crossLinkMatrix(ws, registry, report.context), [ws, registry, report.context]);
  const counts = useMemo(() => {
    const c: Record<MatrixCell, number> = { link: 0, 'via-site': 0, none: 0, self: 0 };
    for (const row of matrix.cells) for (const cell of row) c[cell]++;
    return c;
  }, [matrix]);

  return (
    <section className="card cross-links" aria-labelledby="cross-links-title">
      <h2 id="cross-links-title" className="audit-card-title">{t('crossLinksTitle')}</h2>
      {matrix.profiles.length < 2
        ? <p className="muted">{t('crossLinksEmpty')}</p>
        : (
            <>
              <p className="muted">{t('crossLinksIntro')}</p>
              <LinkMatrix
                profiles={matrix.profiles.map((p) => ({ id: p.id, label: p.label, short: p.label }))}
                cells={matrix.cells}
                label={t('matrixLabel', { count: matrix.profiles.length, direct: counts.link, site: counts['via-site'], missing: counts.none })}
                caption={t('matrixCaption')}
                corner={t('matrixCorner')}
                cellText={{ link: t('cell.link'), 'via-site': t('cell.via-site'), none: t('cell.none'), self: t('cell.self') }}
                describe={(from, to, state) => t('cellDescribe', { from, to, state })}
                seen={matrix.seen.map((row) => row.map((source) => (source === null ? null : capitalised(describeSource(source, lang)))))}
                evidenceText={{ seen: t('evidence.seen'), declared: t('evidence.declared') }}
              />
            </>
          )}
    </section>
  );
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
