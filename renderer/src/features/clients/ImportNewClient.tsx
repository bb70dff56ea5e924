import { useCallback, useRef } from 'react';
import type { ImportFile } from '../../../../shared/ipc/contract';
import { nameAfterPerson } from '../../../../shared/domain/workspace/factory';
import { call } from '../../api';
import { useLibrary } from '../../app/library';
import { useNavigation } from '../../app/navigation';
import { ImportDialog } from '../inventory/import/ImportDialog';
import { useClientsText } from './text';

/**
 * "Import a file" before any client exists: a client is created when the
 * first file is read, filled by the import (replace), and removed again if
 * the user cancels, so a cancelled import leaves the library as it was.
 */
export function ImportNewClient({ onClose, files }: { onClose: () => void; /** Opened from the system. */ files?: ImportFile[] }) {
  const { t } = useClientsText();
  const { openWorkspace, refreshSummaries } = useLibrary();
  const { navigate } = useNavigation();
  const created = useRef<string | null>(null);
  const applied = useRef(false);

  const target = useCallback(async () => {
    created.current ??= (await call('workspace:create', { name: t('importedClient'), activate: false })).id;
    return created.current;
  }, [t]);

  const close = () => {
    const id = created.current;
    if (id && !applied.current) void call('workspace:delete', { id }).then(refreshSummaries);
    onClose();
  };

  return (
    <ImportDialog
      title={t('importTitle')}
      workspaceId={target}
      chooseMode={false}
      defaultMode="replace"
      onCancel={close}
      initialFiles={files}
      onApplied={(ws) => {
        applied.current = true;
        // Named after the person the import found, rather than "Imported client".
        const named = nameAfterPerson(ws, t('importedClient'));
        const rename = named.name === ws.name ? Promise.resolve() : call('workspace:rename', { id: ws.id, name: named.name }).then(() => undefined);
        void rename.then(() => openWorkspace(ws.id)).then(() => navigate('inventory'));
      }}
    />
  );
}
