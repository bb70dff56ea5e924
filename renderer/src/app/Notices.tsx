import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StartupNotice } from '../../../shared/ipc/contract';
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

function noticeText(t: T, n: StartupNotice): string {
  switch (n.kind) {
    case 'restored-from-backup':
      return n.quarantinedPath === null
        ? t('notice.restoredMissing', { backup: n.backupPath })
        : t('notice.restored', { reason: n.reason, quarantined: n.quarantinedPath, backup: n.backupPath });
    case 'no-valid-backup':
      return n.quarantinedPath === null
        ? t('notice.noBackupMissing', { reason: n.reason })
        : t('notice.noBackup', { reason: n.reason, quarantined: n.quarantinedPath });
    case 'salvaged':
      return [
        t('notice.salvaged', { reason: n.reason, kept: n.kept }),
        n.lostClients.length
          ? t('notice.salvagedClients', { quarantined: n.quarantinedPath, names: n.lostClients.join(', ') })
          : t('notice.salvagedFile', { quarantined: n.quarantinedPath }),
        n.lostParts.length ? t('notice.salvagedParts', { parts: n.lostParts.map((p) => partText(t, p)).join(', ') }) : '',
      ].filter(Boolean).join(' ');
    case 'migrated':
      return t('notice.migrated', { from: n.from, to: n.to, backup: n.backupPath });
    case 'newer-version':
      return t('readOnly', { found: n.found, supported: n.supported, path: n.path });
  }
}

/** What happened to the data at start-up: the user is always told. */
export function Notices() {
  const { t } = useTranslation();
  const { info } = useLibrary();
  const [dismissed, setDismissed] = useState<number[]>([]);
  return (
    <>
      {info.notices.map((n, i) =>
        dismissed.includes(i) ? null : (
          <div key={i} role="alert" className={`notice ${n.kind === 'migrated' ? 'info' : 'warning'}`} data-testid={`notice-${n.kind}`}>
            <p>{noticeText(t, n)}</p>
            {n.kind !== 'newer-version' && (
              <button type="button" className="btn small" onClick={() => setDismissed([...dismissed, i])}>{t('notice.dismiss')}</button>
            )}
          </div>
        ),
      )}
    </>
  );
}
