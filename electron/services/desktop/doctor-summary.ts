import type { DoctorReport } from '../doctor';

/**
 * `vitrine doctor`'s report as Help › Diagnostics shows it: counts and states
 * only. Client names, file names of pictures and notice reasons stay out, so
 * the text can be copied to whoever helps.
 */
export function doctorSummary(r: DoctorReport): string[] {
  const valid = r.backups.filter((b) => b.valid).length;
  return [
    `store: ${r.store.state}${r.store.schemaVersion === null ? '' : `, schemaVersion ${r.store.schemaVersion}`}${r.store.bytes === null ? '' : `, ${r.store.bytes} bytes`}`,
    `clients: ${r.clients.length}, profiles: ${r.clients.reduce((n, c) => n + c.profiles, 0)}`,
    `backups: ${r.backups.length} (${valid} valid)`,
    `quarantined files: ${r.quarantined.length}`,
    `interrupted repair: ${r.repairMarker ? 'yes' : 'no'}`,
    `temporary files: ${r.tempFiles.length}`,
    `pictures: ${r.pictures.stored} stored, ${r.pictures.referenced} used, ${r.pictures.missing.length} missing, ${r.pictures.unreferenced.length} unused, ${r.pictures.inTrash} in trash`,
    `start-up notices: ${r.notices.map((n) => n.kind).join(', ') || 'none'}`,
    `a start would change: ${r.changes.length} file(s)`,
    ...(r.writeError ? [`write error: ${r.writeError}`] : []),
  ];
}
