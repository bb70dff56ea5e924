import { parseArgs } from 'node:util';
import type { Lang } from '../../shared/schema/text';
import { auditCommand } from './commands/audit';
import { doctorCommand } from './commands/doctor';
import { exportCommand } from './commands/export';
import { identifyCommand } from './commands/identify';
import { libraryAddCommand, libraryListCommand } from './commands/library';
import { importCommand } from './commands/import';
import { planCommand } from './commands/plan';
import { postsImportCommand, postsStatsCommand } from './commands/posts';
import { reportCommand } from './commands/report';
import { schemaCommand } from './commands/schema';
import { validateCommand } from './commands/validate';
import { dataDir } from './data-dir';
import { CliError, usage, type CliIo } from './io';

export const HELP = `vitrine — the Vitrine command line (offline; same core as the app)

  vitrine identify <url|handle>...
  vitrine validate <file.vitrine.json>
  vitrine schema
  vitrine import <file|folder|zip> --into <workspace.vitrine.json> [--dry-run] [--mode merge|replace] [--lang fr|en]
  vitrine export <workspace.vitrine.json> --format jsonresume|csv [--out FILE]
  vitrine audit <workspace.vitrine.json|resume.json> [--json] [--lang fr|en]
  vitrine plan <workspace.vitrine.json> --from YYYY-MM-DD --to YYYY-MM-DD [--ics out.ics [--alarm 15m]] [--json]
  vitrine posts import <workspace.vitrine.json> <Shares.csv|tweets.js|archive folder>
  vitrine posts stats <workspace.vitrine.json|Shares.csv|tweets.js> [--json]
  vitrine report <workspace.vitrine.json> --out report.pdf|report.html [--lang fr|en]
  vitrine doctor [--data-dir DIR] [--repair] [--json]
  vitrine library add <file.vitrine.json>... [--data-dir DIR]
  vitrine library list [--data-dir DIR] [--json]

The data folder (doctor, library) is --data-dir, else $VITRINE_DATA_DIR, else the
app's own folder. doctor opens it as the app does at start and changes nothing
unless --repair; library reads and writes it through the app's own vault: quit
the app first.

Exit codes: 0 success, 1 invalid input file, 2 usage error or unreadable file.`;

const OPTIONS = {
  into: { type: 'string' }, 'dry-run': { type: 'boolean' }, mode: { type: 'string' }, lang: { type: 'string' },
  format: { type: 'string' }, out: { type: 'string' }, json: { type: 'boolean' }, from: { type: 'string' },
  to: { type: 'string' }, ics: { type: 'string' }, alarm: { type: 'string' }, help: { type: 'boolean', short: 'h' },
  'data-dir': { type: 'string' }, repair: { type: 'boolean' },
} as const;

function lang(value: string | undefined): Lang {
  if (value === undefined) return 'en';
  if (value !== 'fr' && value !== 'en') throw usage(`--lang must be fr or en, not "${value}"`);
  return value;
}

function one(positionals: string[], what: string): string {
  const [first, ...rest] = positionals;
  if (!first) throw usage(`missing ${what}`);
  if (rest.length) throw usage(`unexpected argument "${rest[0]}"`);
  return first;
}

async function dispatch(io: CliIo, argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw usage((e as Error).message);
  }
  const { values: v, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (v.help || !command) {
    io.out(HELP);
    return command || v.help ? 0 : 2;
  }
  switch (command) {
    case 'identify': return identifyCommand(io, rest);
    case 'validate': return validateCommand(io, one(rest, 'file'));
    case 'schema': return schemaCommand(io);
    case 'import': {
      if (!v.into) throw usage('import needs --into <workspace.vitrine.json>');
      const mode = v.mode ?? 'merge';
      if (mode !== 'merge' && mode !== 'replace') throw usage('--mode must be merge or replace');
      return importCommand(io, { input: one(rest, 'file, folder or zip to import'), into: v.into, dryRun: v['dry-run'] ?? false, mode, lang: lang(v.lang) });
    }
    case 'export': return exportCommand(io, one(rest, 'workspace file'), v.format, v.out);
    case 'audit': return auditCommand(io, one(rest, 'file'), { json: v.json ?? false, lang: lang(v.lang) });
    case 'plan': return planCommand(io, one(rest, 'workspace file'), { from: v.from, to: v.to, ics: v.ics, alarm: v.alarm, json: v.json ?? false });
    case 'posts': {
      const [sub, ...args] = rest;
      if (sub === 'import') {
        if (args.length !== 2) throw usage('usage: vitrine posts import <workspace> <Shares.csv|tweets.js|archive folder>');
        return postsImportCommand(io, args[0]!, args[1]!);
      }
      if (sub === 'stats') return postsStatsCommand(io, one(args, 'workspace, Shares.csv or tweets.js'), { json: v.json ?? false });
      throw usage('usage: vitrine posts import|stats …');
    }
    case 'report': {
      if (!v.out) throw usage('report needs --out report.pdf or --out report.html');
      return reportCommand(io, one(rest, 'workspace file'), { out: v.out, lang: lang(v.lang) });
    }
    case 'doctor':
      if (rest.length) throw usage(`unexpected argument "${rest[0]}"`);
      return doctorCommand(io, dataDir(io, v['data-dir']), { repair: v.repair ?? false, json: v.json ?? false });
    case 'library': {
      const [sub, ...args] = rest;
      if (sub === 'add') {
        if (args.length === 0) throw usage('usage: vitrine library add <file.vitrine.json>... [--data-dir DIR]');
        return libraryAddCommand(io, args, dataDir(io, v['data-dir']));
      }
      if (sub === 'list') {
        if (args.length) throw usage(`unexpected argument "${args[0]}"`);
        return libraryListCommand(io, dataDir(io, v['data-dir']), v.json ?? false);
      }
      throw usage('usage: vitrine library add|list …');
    }
    default:
      throw usage(`unknown command "${command}"`);
  }
}

/** Runs one command; messages go to stderr and the exit code says what happened. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(io, argv);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`vitrine: ${e.message}`);
      if (e.exitCode === 2 && /^(missing|unexpected|unknown|usage|.* needs|--)/.test(e.message)) io.err('Run "vitrine --help" for usage.');
      return e.exitCode;
    }
    io.err(`vitrine: unexpected error: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    return 2;
  }
}
