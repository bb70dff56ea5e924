import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import log from 'electron-log/node';
import { describe, expect, it } from 'vitest';
import { AppLog, configureFileTransport, LOG_FILE, rotateLogFiles } from '../../../electron/services/desktop/app-log';

describe('the local log', () => {
  it('rotates electron-log\'s file in the data folder, keeping three older generations', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vitrine-log-'));
    const logger = log.create({ logId: `rotation-${Date.now()}` });
    logger.transports.console.level = false;
    const file = configureFileTransport(logger.transports.file, dir, { maxBytes: 2000, keep: 3 });
    expect(file).toBe(path.join(dir, LOG_FILE));
    for (let i = 0; i < 200; i++) logger.info(`event number ${i} with some padding to fill the file quickly`);
    const names = readdirSync(path.dirname(file)).sort();
    expect(names).toEqual(['vitrine.1.log', 'vitrine.2.log', 'vitrine.3.log', 'vitrine.log']);
    for (const n of names) expect(readFileSync(path.join(path.dirname(file), n)).length).toBeLessThan(2200);
    // Newest lines in the live file, the previous ones in .1: nothing in between was lost.
    const last = readFileSync(file, 'utf8').trim().split('\n');
    expect(last.at(-1)).toContain('event number 199');
    const before = readFileSync(path.join(path.dirname(file), 'vitrine.1.log'), 'utf8').trim().split('\n');
    const n = (line: string | undefined) => Number(/event number (\d+)/.exec(line ?? '')?.[1]);
    expect(n(before.at(-1)) + 1).toBe(n(last[0]));
  });

  it('rotateLogFiles shifts generations and drops the oldest', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vitrine-log-'));
    const f = path.join(dir, 'a.log');
    const write = (p: string, t: string) => writeFileSync(p, t);
    write(f, 'g0');
    write(path.join(dir, 'a.1.log'), 'g1');
    write(path.join(dir, 'a.2.log'), 'g2');
    rotateLogFiles(f, 2);
    expect(existsSync(f)).toBe(false);
    expect(readFileSync(path.join(dir, 'a.1.log'), 'utf8')).toBe('g0');
    expect(readFileSync(path.join(dir, 'a.2.log'), 'utf8')).toBe('g1');
    expect(readdirSync(dir).sort()).toEqual(['a.1.log', 'a.2.log']);
  });

  it('writes events with facts, redacted, and keeps the last errors for Diagnostics', () => {
    const written: string[] = [];
    const sink = { error: (l: string) => written.push(`E ${l}`), warn: (l: string) => written.push(`W ${l}`), info: (l: string) => written.push(`I ${l}`) };
    const appLog = new AppLog(sink, () => ['Camille Durand'], 2);
    appLog.info('import', { format: 'linkedin', added: 3, into: 'Camille Durand', file: '/home/camille/export.zip' });
    appLog.error('ipc workspace:save', new Error('ENOSPC writing /media/cle/Vitrine/vitrine.json for camille@exemple.fr'));
    appLog.warn('recovered', { reason: 'not valid JSON', backup: 'C:\\Users\\Camille\\backups\\vitrine-1.json' });
    appLog.error('third');
    expect(written).toEqual([
      'I import format=linkedin added=3 into=<name> file=<path>.zip',
      'E ipc workspace:save: Error: ENOSPC writing <path>.json for <email>',
      'W recovered reason=not valid JSON backup=<path>.json',
      'E third',
    ]);
    expect(appLog.lastErrors().map((l) => l.replace(/^\S+ /, ''))).toEqual(['warn recovered reason=not valid JSON backup=<path>.json', 'error third']);
  });
});
