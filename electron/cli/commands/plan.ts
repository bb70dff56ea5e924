import { parseLeadTime, planToIcs } from '../../../shared/domain/plan/ics';
import { planStatus } from '../../../shared/domain/plan/adherence';
import { rangeProblem } from '../../../shared/domain/plan/slots';
import { usage, writeFileAtomic, type CliIo } from '../io';
import { loadWorkspace } from '../workspace-io';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** vitrine plan <workspace> --from --to [--ics out.ics [--alarm 15m]] [--json]: the slots and their state. */
export function planCommand(io: CliIo, file: string, opts: { from?: string; to?: string; ics?: string; alarm?: string; json: boolean }): number {
  if (!opts.from || !opts.to || !DATE.test(opts.from) || !DATE.test(opts.to)) throw usage('plan needs --from YYYY-MM-DD and --to YYYY-MM-DD');
  if (opts.alarm !== undefined && !opts.ics) throw usage('--alarm goes with --ics out.ics');
  const alarmMinutes = opts.alarm === undefined ? undefined : parseLeadTime(opts.alarm);
  if (alarmMinutes === null) throw usage(`--alarm must be a lead time such as 15m, 1h or 1h30m (at most 7d), not "${opts.alarm}"`);
  const range = { from: opts.from, to: opts.to };
  const problem = rangeProblem(range);
  if (problem) throw usage(problem.en);
  const ws = loadWorkspace(io, file);
  const status = planStatus(ws, range, io.now(), { weekStartsOn: 1 });
  const names = new Map(ws.profiles.map((p) => [p.id, p.network]));
  if (opts.ics) {
    const ics = planToIcs(ws, status.slots, { lang: 'en', now: io.now(), ...(alarmMinutes === undefined ? {} : { alarmMinutes }) });
    if (!ics.ok) throw usage(ics.message);
    writeFileAtomic(io, opts.ics, ics.ics);
  }
  if (opts.json) {
    io.out(JSON.stringify({ range, adherence: status.overall, byProfile: status.byProfile, slots: status.slots }, null, 2));
    return 0;
  }
  io.out(`${ws.name}: ${status.slots.length} planned posts from ${range.from} to ${range.to}; adherence ${status.overall.pct ?? '—'}% (${status.overall.done}/${status.overall.due})`);
  for (const s of status.slots) io.out(`${s.localDate} ${s.localTime} ${s.timeZone}  ${names.get(s.profileId) ?? s.network}  ${s.state}`);
  if (opts.ics) io.out(`calendar written to ${opts.ics}`);
  return 0;
}
