import type { Workspace } from '../../../../shared/schema/workspace';
import { ImportDialog } from '../inventory/import/ImportDialog';
import { useInventoryText } from '../inventory/text';

/** File › Import… with a client open: the inventory's import, into that client. */
export function ImportIntoClient({ workspace, onClose }: { workspace: Workspace; onClose: () => void }) {
  const { t } = useInventoryText();
  return <ImportDialog title={t('importTitle', { name: workspace.name })} workspaceId={() => Promise.resolve(workspace.id)} onCancel={onClose} />;
}
