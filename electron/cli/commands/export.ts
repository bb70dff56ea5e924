import { inventoryCsv } from '../../../shared/domain/export/inventory-csv';
import { exportJsonResume } from '../../../shared/domain/jsonresume/export';
import { usage, writeFileAtomic, type CliIo } from '../io';
import { loadWorkspace } from '../workspace-io';

/** vitrine export <workspace> --format jsonresume|csv [--out FILE]: stdout unless --out. */
export function exportCommand(io: CliIo, file: string, format: string | undefined, out: string | undefined): number {
  if (format !== 'jsonresume' && format !== 'csv') throw usage('export needs --format jsonresume or --format csv');
  const ws = loadWorkspace(io, file);
  const content = format === 'csv' ? inventoryCsv(ws, { lang: 'en' }) : `${JSON.stringify(exportJsonResume(ws), null, 2)}\n`;
  if (out) writeFileAtomic(io, out, content);
  else io.out(content);
  return 0;
}
