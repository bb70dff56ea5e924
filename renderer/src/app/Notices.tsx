import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StartupNotice } from '../../../shared/ipc/contract';
import { useLibrary } from './library';

function noticeText(t: ReturnType<typeof useTranslation>['t'], n: StartupNotice): string {
  switch (n.kind) {
    case 'restored-from-backup':
      return t('notice.restored', { reason: n.reason, quarantined: n.quarantinedPath, backup: n.backupPath });
    case 'no-valid-backup':
      return t('notice.noBackup', { reason: n.reason, quarantined: n.quarantinedPath });
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
