import { inspectDataDir, type DoctorReport } from '../../services/doctor';
import type { CliIo } from '../io';

function text(r: DoctorReport): string {
  const lines = [`Data folder: ${r.dataDir}`];
  const size = r.store.bytes === null ? '' : `, ${r.store.bytes} bytes`;
  const version = r.store.schemaVersion === null ? '' : `, schema version ${r.store.schemaVersion}`;
  lines.push(`Store: ${r.store.path}: ${r.store.state}${version}${size}`);
  lines.push(`Clients: ${r.clients.length}${r.clients.length ? ` (${r.clients.map((c) => `${c.name}: ${c.profiles} profiles`).join('; ')})` : ''}`);
  const valid = r.backups.filter((b) => b.valid).length;
  lines.push(`Backups: ${r.backups.length} (${valid} valid)${r.backups.length ? `, newest ${r.backups.at(-1)!.file}` : ''}`);
  lines.push(`Quarantined files: ${r.quarantined.length}${r.quarantined.length ? ` (${r.quarantined.join(', ')})` : ''}`);
  lines.push(`Repair marker (an interrupted repair): ${r.repairMarker ? 'yes' : 'no'}`);
  lines.push(`Temp files left by interrupted writes: ${r.tempFiles.length}`);
  const p = r.pictures;
  lines.push(`Pictures: ${p.stored} stored, ${p.referenced} referenced, ${p.unreferenced.length} unreferenced, ${p.missing.length} missing${p.missing.length ? ` (${p.missing.join(', ')})` : ''}; ${p.inTrash} in photos-trash`);
  if (p.tidy.skipped) lines.push(`  pictures are left as they are: ${p.tidy.skipped}`);
  if (r.notices.length) {
    lines.push(r.mode === 'repair' ? 'Notices shown to the user:' : 'Notices the app would show at start:');
    for (const n of r.notices) lines.push(`  - ${JSON.stringify(n)}`);
  }
  lines.push(r.mode === 'repair' ? 'Done:' : 'At start, Vitrine would (nothing was changed; run with --repair to do it):');
  lines.push(...(r.changes.length ? r.changes.map((c) => `  - ${c}`) : ['  - nothing']));
  if (r.writeError) lines.push(`Write failed: ${r.writeError}`);
  return lines.join('\n');
}

/**
 * vitrine doctor: exit 0 when the folder opens cleanly (or was repaired),
 * 1 when it needs a repair or the repair could not be written.
 */
export function doctorCommand(io: CliIo, dir: string, opts: { repair: boolean; json: boolean }): number {
  const report = inspectDataDir(dir, { repair: opts.repair, now: io.now() });
  io.out(opts.json ? JSON.stringify(report, null, 2) : text(report));
  if (report.writeError) return 1;
  return !opts.repair && report.notices.some((n) => n.kind !== 'migrated') ? 1 : 0;
}
