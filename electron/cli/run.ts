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

interface CommandHelp { usage: string; does: string; options?: readonly (readonly [string, string])[] }

/** Every command, what it does and its options: `vitrine --help` lists them all, `vitrine <command> --help` one. */
const COMMANDS: Readonly<Record<string, CommandHelp>> = {
  identify: { usage: 'vitrine identify <url|handle>...', does: 'Recognises the network and handle of each profile address, @handle or @user@host; prints one JSON object per input.' },
  validate: { usage: 'vitrine validate <file.vitrine.json>', does: 'Checks a workspace file against the schema and says what is wrong, by field.' },
  schema: { usage: 'vitrine schema', does: 'Prints the JSON Schema of the portable .vitrine.json file.' },
  import: {
    usage: 'vitrine import <file|folder|zip|pdf|html> --into <workspace.vitrine.json> [--dry-run] [--mode merge|replace] [--lang fr|en]',
    does: 'Detects the format by content (Vitrine file, JSON Resume, LinkedIn export, Shares.csv, X archive, LinkedIn Save-to-PDF profile, saved profile page, GitHub user JSON), prints what will be added, changed or skipped, then writes the workspace (created when missing, named after the person found).',
    options: [
      ['--into FILE', 'the workspace file to update or create (required)'],
      ['--dry-run', 'print the preview only; write nothing'],
      ['--mode merge|replace', 'a Vitrine file: merge into the workspace (default) or replace it'],
      ['--lang fr|en', 'language of the preview and messages (default en)'],
    ],
  },
  export: {
    usage: 'vitrine export <workspace.vitrine.json> --format jsonresume|csv [--out FILE]',
    does: 'Exports the person and profiles as a JSON Resume, or the inventory as CSV.',
    options: [['--format jsonresume|csv', 'what to write (required)'], ['--out FILE', 'write to FILE instead of standard output']],
  },
  audit: {
    usage: 'vitrine audit <workspace.vitrine.json|resume.json> [--json] [--lang fr|en]',
    does: 'Audits every profile and the presence as a whole: score out of 100, findings with how to fix them. Exit 0 whatever it finds.',
    options: [['--json', 'machine-readable output (codes, severities, messages)'], ['--lang fr|en', 'language of the text output (default en)']],
  },
  plan: {
    usage: 'vitrine plan <workspace.vitrine.json> --from YYYY-MM-DD --to YYYY-MM-DD [--ics out.ics [--alarm 15m]] [--json]',
    does: 'Lists the planned posting slots between two days, planned against done.',
    options: [['--from, --to YYYY-MM-DD', 'the days covered (required)'], ['--ics FILE', 'also write the plan as an .ics calendar (stable event ids)'], ['--alarm 15m|1h|1d', 'with --ics: a reminder that long before each open slot'], ['--json', 'machine-readable output']],
  },
  posts: {
    usage: 'vitrine posts import <workspace.vitrine.json> <Shares.csv|tweets.js|archive folder>\n  vitrine posts stats <workspace.vitrine.json|Shares.csv|tweets.js> [--json]',
    does: 'import: adds a posting history to the workspace (duplicates skipped). stats: posts per network, streaks, longest silence, median gap.',
    options: [['--json', 'stats as JSON']],
  },
  report: {
    usage: 'vitrine report <workspace.vitrine.json> --out report.pdf|report.html [--lang fr|en]',
    does: 'Writes the coaching report: the person’s name on the cover, strengths, priorities, findings per profile, cross-links, themes, plan, regularity, progress, and the consultant’s next steps. A PDF needs a local Chromium (CHROMIUM_PATH, or Debian’s chromium).',
    options: [['--out FILE', 'report.pdf or report.html (required)'], ['--lang fr|en', 'language of the report (default en)']],
  },
  doctor: {
    usage: 'vitrine doctor [--data-dir DIR] [--repair] [--json]',
    does: 'Opens a data folder exactly as the app does at start and reports the store version, clients, backups, quarantined files, pictures and temp files. Changes nothing unless --repair, which runs the app’s start-up recovery and prints what it did.',
    options: [['--data-dir DIR', 'the data folder (default: $VITRINE_DATA_DIR, else the app’s)'], ['--repair', 'perform the start-up recovery'], ['--json', 'machine-readable output']],
  },
  library: {
    usage: 'vitrine library add <file.vitrine.json>... [--data-dir DIR]\n  vitrine library list [--data-dir DIR] [--json]',
    does: 'add: puts workspace files into the app’s library (a consultant’s bulk import), through the app’s own vault. list: the clients with their score. Quit the app first.',
    options: [['--data-dir DIR', 'the data folder (default: $VITRINE_DATA_DIR, else the app’s)'], ['--json', 'list as JSON']],
  },
};

function commandHelp(c: CommandHelp): string {
  const options = (c.options ?? []).map(([flag, what]) => `      ${flag.padEnd(26)} ${what}`).join('\n');
  return `  ${c.usage}\n      ${c.does}${options ? `\n${options}` : ''}`;
}

export const HELP = `vitrine — the Vitrine command line (offline; same core as the app)

${Object.values(COMMANDS).map(commandHelp).join('\n\n')}

The data folder (doctor, library) is --data-dir, else $VITRINE_DATA_DIR, else the
app's own folder. doctor opens it as the app does at start and changes nothing
unless --repair; library reads and writes it through the app's own vault: quit
the app first.

  vitrine <command> --help   this help for one command

Messages go to standard error. Exit codes: 0 success, 1 invalid input file, 2 usage error or unreadable file.`;

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
  const asked = command ? COMMANDS[command] : undefined;
  if (v.help && asked) {
    io.out(commandHelp(asked).trimStart());
    return 0;
  }
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
