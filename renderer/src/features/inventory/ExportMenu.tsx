import { call } from '../../api';
import { useLibrary } from '../../app/library';
import { useLocale } from '../../i18n/useLocale';
import { downloadExported } from '../../ui/files';
import { Menu } from '../../ui/Menu';
import { showToast } from '../../ui/Toast';
import { useInventoryText } from './text';

type Format = 'vitrine' | 'jsonresume' | 'csv';

/** Export the open client as a file; Electron asks where to save it. */
export function ExportMenu({ workspaceId }: { workspaceId: string }) {
  const { t } = useInventoryText();
  const { flush } = useLibrary();
  const { lang } = useLocale();
  const run = async (format: Format) => {
    try {
      await flush();
      const file = await call('workspace:export', { id: workspaceId, format, lang });
      downloadExported(file);
      showToast({ message: t('exported', { name: file.fileName }) });
    } catch (e) {
      showToast({ message: t('exportFailed', { message: (e as Error).message }), tone: 'error' });
    }
  };
  return (
    <Menu
      label={t('export')}
      testId="export-menu"
      items={() => [
        { label: t('exportVitrine'), onSelect: () => void run('vitrine'), testId: 'export-vitrine' },
        { label: t('exportJsonResume'), onSelect: () => void run('jsonresume'), testId: 'export-jsonresume' },
        { label: t('exportCsv'), onSelect: () => void run('csv'), testId: 'export-csv' },
      ]}
    />
  );
}
