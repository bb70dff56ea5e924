import { useState } from 'react';
import { dismissFinding, restoreFinding, type AuditFinding } from '../../../../shared/domain/audit';
import { useLibrary } from '../../app/library';
import { ClientsByScore } from './ClientsByScore';
import { CrossLinks } from './CrossLinks';
import { DismissDialog } from './DismissDialog';
import { DismissedList } from './DismissedList';
import { FindingList } from './FindingList';
import { ProfileScores } from './ProfileScores';
import { ScoreOverview } from './ScoreOverview';
import { StartHere } from './StartHere';
import { useAuditText } from './text';
import { useAudit } from './useAudit';
import type { Workspace } from '../../../../shared/schema/workspace';
import './audit.css';

type Mode = 'client' | 'all';

export function AuditScreen() {
  const { t } = useAuditText();
  const { workspace } = useLibrary();
  const [mode, setMode] = useState<Mode>('client');
  return (
    <section className="screen audit" aria-labelledby="audit-title">
      <div className="toolbar">
        <h1 id="audit-title" className="grow">{t('title')}</h1>
        <div className="tabs" role="group" aria-label={t('modeLabel')}>
          {(['client', 'all'] as const).map((m) => (
            <button key={m} type="button" className="tab" aria-pressed={mode === m} onClick={() => setMode(m)} data-testid={`audit-mode-${m}`}>
              {m === 'client' ? t('modeClient') : t('modeAll')}
            </button>
          ))}
        </div>
      </div>
      {mode === 'all' || !workspace ? <ClientsByScore onOpened={() => setMode('client')} /> : <ClientAudit ws={workspace} />}
    </section>
  );
}

function ClientAudit({ ws }: { ws: Workspace }) {
  const { t } = useAuditText();
  const { editWorkspace } = useLibrary();
  const { report, registry, labels } = useAudit(ws);
  const [dismissing, setDismissing] = useState<AuditFinding | null>(null);

  return (
    <>
      <StartHere report={report} labels={labels} />
      <ScoreOverview report={report} ws={ws} registry={registry} />
      <FindingList findings={report.findings} profileIds={ws.profiles.map((p) => p.id)} labels={labels} onDismiss={setDismissing} />
      {ws.profiles.length > 0 && (
        <section aria-labelledby="audit-profiles-title">
          <h2 id="audit-profiles-title">{t('profilesTitle')}</h2>
          <ProfileScores profiles={report.profiles} labels={labels} />
        </section>
      )}
      <DismissedList dismissed={report.dismissed} dismissals={ws.dismissals} labels={labels} onRestore={(key) => editWorkspace((w) => restoreFinding(w, key))} />
      <CrossLinks ws={ws} report={report} registry={registry} />
      {dismissing && (
        <DismissDialog
          finding={dismissing}
          onCancel={() => setDismissing(null)}
          onConfirm={(reason) => {
            editWorkspace((w) => dismissFinding(w, dismissing, reason, new Date()));
            setDismissing(null);
          }}
        />
      )}
    </>
  );
}
