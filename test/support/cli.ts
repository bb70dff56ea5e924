import type { CliIo } from '../../electron/cli/io';
import { run } from '../../electron/cli/run';

export interface CliResult { code: number; out: string; err: string }

/** The CLI test clock: every CLI test runs at this instant. */
export const CLI_NOW = new Date('2026-11-20T10:00:00Z');

let counter = 0;

/** Runs `vitrine <args>` in-process from `cwd`, capturing its output; ids are numbered per test process. */
export async function cli(args: string[], cwd: string, now: Date = CLI_NOW): Promise<CliResult> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => void (out += `${t}\n`), err: (t) => void (err += `${t}\n`), cwd, now: () => now, newId: () => `id-${++counter}` };
  return { code: await run(args, io), out, err };
}
