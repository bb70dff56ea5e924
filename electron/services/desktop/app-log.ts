import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type Logger from 'electron-log';
import { redact } from './redact';

/** What AppLog writes to: electron-log's logger in the app, anything with these methods in tests. */
export interface LogSink {
  error: (line: string) => void;
  warn: (line: string) => void;
  info: (line: string) => void;
}

type FileTransportLike = Logger.FileTransport;

export const LOG_FILE = 'logs/vitrine.log';
const MAX_BYTES = 512 * 1024;
const KEEP = 3;

/**
 * vitrine.log → vitrine.1.log → … → vitrine.<keep>.log, the oldest dropped.
 * electron-log's own rotation keeps a single `.old` file; three generations
 * keep the start of a problem that logged a lot.
 */
export function rotateLogFiles(current: string, keep = KEEP): void {
  const { dir, name, ext } = path.parse(current);
  const gen = (n: number) => path.join(dir, `${name}.${n}${ext}`);
  if (existsSync(gen(keep))) rmSync(gen(keep));
  for (let n = keep - 1; n >= 1; n--) if (existsSync(gen(n))) renameSync(gen(n), gen(n + 1));
  renameSync(current, gen(1));
}

/** Points electron-log's file transport at the data folder, with rotation. */
export function configureFileTransport(file: FileTransportLike, dataDir: string, opts: { maxBytes?: number; keep?: number } = {}): string {
  const target = path.join(dataDir, LOG_FILE);
  file.resolvePathFn = () => target;
  file.maxSize = opts.maxBytes ?? MAX_BYTES;
  file.archiveLogFn = (old) => rotateLogFiles(old.path, opts.keep ?? KEEP);
  file.level = 'info';
  return target;
}

type Detail = Record<string, string | number | boolean | null | undefined>;

/**
 * The app's log: events with a few facts (counts, formats, codes), every
 * string passed through `redact` with the names Vitrine knows, so no personal
 * text reaches the file. Keeps the last errors and warnings for Diagnostics.
 */
export class AppLog {
  private readonly recent: string[] = [];

  constructor(private readonly sink: LogSink, private readonly knownNames: () => readonly string[] = () => [], private readonly keepRecent = 50) {}

  private line(event: string, detail?: Detail | unknown): string {
    const names = this.knownNames();
    if (detail instanceof Error) return redact(`${event}: ${detail.name}: ${detail.message}`, names);
    if (detail && typeof detail === 'object') {
      const facts = Object.entries(detail as Detail)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${k}=${typeof v === 'string' ? redact(v, names) : String(v)}`);
      return redact(`${event}${facts.length ? ` ${facts.join(' ')}` : ''}`, names);
    }
    return redact(detail === undefined ? event : `${event}: ${String(detail)}`, names);
  }

  private remember(level: string, line: string): void {
    this.recent.push(`${new Date().toISOString()} ${level} ${line}`);
    if (this.recent.length > this.keepRecent) this.recent.shift();
  }

  error(event: string, detail?: Detail | unknown): void {
    const line = this.line(event, detail);
    this.remember('error', line);
    this.sink.error(line);
  }

  warn(event: string, detail?: Detail | unknown): void {
    const line = this.line(event, detail);
    this.remember('warn', line);
    this.sink.warn(line);
  }

  info(event: string, detail?: Detail): void {
    this.sink.info(this.line(event, detail));
  }

  /** The last errors and warnings, newest last, already redacted. */
  lastErrors(): string[] {
    return [...this.recent];
  }
}
