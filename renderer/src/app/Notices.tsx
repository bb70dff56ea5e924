import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StartupNotice } from '../../../shared/ipc/contract';
import { call } from '../api';
import { PlainError } from '../ui/PlainError';
import { useLibrary } from './library';

type T = ReturnType<typeof useTranslation>['t'];

/** A salvage's lost part, from its code (see salvageLibrary). */
function partText(t: T, code: string): string {
  const [kind, ...rest] = code.split(':');
  const name = rest.join(':');
  switch (kind) {
    case 'settings': return t('notice.part.settings');
    case 'workspaces': return t('notice.part.workspaces');
    case 'trash': return t('notice.part.trash');
    case 'window': return t('notice.part.window');
    case 'key': return t('notice.part.key', { name });
    case 'deleted': return t('notice.part.deleted', { name });
    default: return code;
  }
}

interface Message { sentence: string; next: string; detail: string }

/** The notice in plain words; the system's reason and the file paths go under Details. */
function noticeMessage(t: T, n: StartupNotice): Message {
  const lines = (...l: (string | false)[]) => l.filter(Boolean).join('\n');
  switch (n.kind) {
    case 'restored-from-backup': {
      const missing = n.quarantinedPath === null;
      return {
        sentence: missing ? t('notice.restoredMissing') : t('notice.restored', { why: t(`notice.why.${n.reasonCode}`) }),
        next: missing ? t('notice.restoredMissingNext') : t('notice.restoredNext'),
        detail: lines(t('notice.detail.reason', { reason: n.reason }), n.quarantinedPath !== null && t('notice.detail.quarantined', { path: n.quarantinedPath }), t('notice.detail.backup', { path: n.backupPath })),
      };
    }
    case 'no-valid-backup': {
      const missing = n.quarantinedPath === null;
      return {
        sentence: missing ? t('notice.noBackupMissing') : t('notice.noBackup', { why: t(`notice.why.${n.reasonCode}`) }),
        next: missing ? t('notice.noBackupMissingNext') : t('notice.noBackupNext'),
        detail: lines(t('notice.detail.reason', { reason: n.reason }), n.quarantinedPath !== null && t('notice.detail.quarantined', { path: n.quarantinedPath })),
      };
    }
    case 'salvaged':
      return {
        sentence: t('notice.salvaged', { why: t(`notice.why.${n.reasonCode}`), count: n.kept }),
        next: [
          n.lostClients.length ? t('notice.salvagedClients', { count: n.lostClients.length, names: n.lostClients.join(', ') }) : t('notice.salvagedFile'),
          n.lostParts.length ? t('notice.salvagedParts', { parts: n.lostParts.map((p) => partText(t, p)).join(', ') }) : '',
        ].filter(Boolean).join(' '),
        detail: lines(t('notice.detail.reason', { reason: n.reason }), t('notice.detail.quarantined', { path: n.quarantinedPath })),
      };
    case 'migrated':
      return { sentence: t('notice.migrated', { from: n.from, to: n.to }), next: t('notice.migratedNext'), detail: t('notice.detail.oldCopy', { path: n.backupPath }) };
    case 'newer-version':
      return { sentence: t('readOnly'), next: t('readOnlyNext'), detail: t('notice.detail.format', { found: n.found, supported: n.supported, path: n.path }) };
  }
}

/**
 * What happened to the data at start-up: the user is always told. Dismissing
 * a notice tells the main process, so a repair is not told again at the next start.
 */
export function Notices() {
  const { t } = useTranslation();
  const { info } = useLibrary();
  const [dismissed, setDismissed] = useState<number[]>([]);
  const dismiss = (i: number, n: StartupNotice) => {
    setDismissed([...dismissed, i]);
    // Not acknowledged (a failed call): the notice comes back at the next start, which is the safe side.
    if (n.kind !== 'newer-version') call('app:acknowledge-notice', { kind: n.kind }).catch(() => undefined);
  };
  return (
    <>
      {info.notices.map((n, i) => {
        if (dismissed.includes(i)) return null;
        const message = noticeMessage(t, n);
        return (
          <div key={i} role="alert" className={`notice ${n.kind === 'migrated' ? 'info' : 'warning'}`} data-testid={`notice-${n.kind}`}>
            <PlainError sentence={message.sentence} next={message.next} detail={message.detail} testId={`notice-${n.kind}`} />
            {n.kind !== 'newer-version' && (
              <button type="button" className="btn small" onClick={() => dismiss(i, n)} data-testid={`notice-${n.kind}-dismiss`}>{t('notice.dismiss')}</button>
            )}
          </div>
        );
      })}
    </>
  );
}
