import { useId, useMemo, useState } from 'react';
import { byPointsLost, type AuditFinding } from '../../../../shared/domain/audit';
import type { Severity } from '../../../../shared/schema/finding';
import { FindingCard } from './FindingCard';
import { useAuditText } from './text';

type Grouping = 'severity' | 'profile';
interface Group { id: string; title: string; findings: AuditFinding[] }

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

interface FindingListProps {
  findings: readonly AuditFinding[];
  /** Profiles in workspace order, for grouping by profile. */
  profileIds: readonly string[];
  labels: ReadonlyMap<string, string>;
  onDismiss: (f: AuditFinding) => void;
}

/** The findings that count, grouped by severity or by profile (a toggle). */
export function FindingList({ findings, profileIds, labels, onDismiss }: FindingListProps) {
  const { t } = useAuditText();
  const [grouping, setGrouping] = useState<Grouping>('severity');
  const name = useId();

  const groups = useMemo<Group[]>(() => {
    if (grouping === 'severity') {
      return SEVERITIES.map((s) => ({ id: s, title: t(`severity.${s}`), findings: byPointsLost(findings.filter((f) => f.severity === s)) }));
    }
    const owners: (string | null)[] = [...profileIds, null];
    return owners.map((id) => ({
      id: id ?? '-',
      title: id === null ? t('workspaceGroup') : (labels.get(id) ?? id),
      findings: byPointsLost(findings.filter((f) => f.profileId === id)),
    }));
  }, [grouping, findings, profileIds, labels, t]);

  // Why and how are open on the first finding of each rule, in screen order, and folded after.
  const firstOfRule = useMemo(() => {
    const seen = new Set<string>();
    const first = new Set<string>();
    for (const g of groups) for (const f of g.findings) if (!seen.has(f.code)) { seen.add(f.code); first.add(f.key); }
    return first;
  }, [groups]);

  const labelOf = (f: AuditFinding) => (f.profileId === null ? t('workspaceGroup') : (labels.get(f.profileId) ?? f.profileId));

  return (
    <section aria-labelledby={`${name}-title`}>
      <div className="toolbar audit-findings-bar">
        <h2 id={`${name}-title`} className="grow">{t('findingsTitle')}</h2>
        <fieldset className="segmented">
          <legend>{t('groupBy')}</legend>
          {(['severity', 'profile'] as const).map((g) => (
            <label key={g}>
              <input type="radio" name={name} value={g} checked={grouping === g} onChange={() => setGrouping(g)} data-testid={`group-${g}`} />
              <span>{g === 'severity' ? t('groupSeverity') : t('groupProfile')}</span>
            </label>
          ))}
        </fieldset>
      </div>
      {findings.length === 0 && <p className="empty-state">{t('noFindings')}</p>}
      {groups.filter((g) => g.findings.length > 0).map((g) => (
        <section key={g.id} className="finding-group" aria-label={g.title}>
          <h3>{g.title} <span className="count-badge">{g.findings.length}</span></h3>
          <ul className="finding-list">
            {g.findings.map((f) => (
              <FindingCard key={f.key} finding={f} profileLabel={grouping === 'severity' ? labelOf(f) : null} onDismiss={onDismiss} firstOfRule={firstOfRule.has(f.key)} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
