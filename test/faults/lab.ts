import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { PHOTO_TRASH_DIR, PHOTOS_DIR, tidyPhotos } from '../../electron/services/photo-trash';
import { REPAIR_MARKER, Vault } from '../../electron/services/vault';
import { checkedWrite, nodeFs } from '../../electron/services/vault-fs';
import { newProfile, newWorkspace } from '../../shared/domain/workspace/factory';
import type { StartupNotice } from '../../shared/ipc/contract';
import type { Workspace } from '../../shared/schema/workspace';
import { sameJson } from '../../shared/storage/library-file';
import { faultyFs, type Faults } from '../support/faulty-fs';

/**
 * The fault-injection lab: each scenario damages a data folder the way the
 * world does (kill -9, a flipped bit, a full or read-only disk), starts the
 * vault as the app does and checks the three promises: no client lost
 * without a notice, no acknowledged edit lost (acknowledged = flush returned
 * true), no picture lost. Each returns its figures and its failures.
 */
export interface Figures {
  scenario: string;
  runs: number;
  /** Outcome counts (e.g. how the next start found the folder). */
  counts: Record<string, number>;
  failures: string[];
}

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const NOW = new Date('2026-06-01T10:00:00Z');

export const scratch = (name: string): string => mkdtempSync(path.join(tmpdir(), `vitrine-faults-${name}-`));

function bump(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

export interface Library {
  dir: string;
  clients: Workspace[];
  pictures: string[];
}

/** A library of `n` clients, each with a profile picture, plus one picture no client uses. */
export function makeLibrary(dir: string, n = 5): Library {
  const vault = new Vault({ dir, now: () => NOW, debounceMs: 3_600_000 });
  const photos = path.join(dir, PHOTOS_DIR);
  mkdirSync(photos, { recursive: true });
  const clients: Workspace[] = [];
  for (let i = 0; i < n; i++) {
    const ws = newWorkspace(`Client ${i} Éloïse`, { id: `ws-${i}`, now: NOW });
    ws.profiles.push(newProfile('linkedin', { id: `p-${i}`, photo: { file: `face-${i}.png` }, headline: `Consultante ${i}` }));
    checkedWrite(nodeFs, path.join(photos, `face-${i}.png`), PNG);
    clients.push(ws);
  }
  checkedWrite(nodeFs, path.join(photos, 'unused.png'), PNG);
  vault.update((d) => ({ ...d, workspaces: clients }));
  if (!vault.flush()) throw new Error(`makeLibrary: ${vault.writeError}`);
  return { dir, clients: vault.data.workspaces, pictures: readdirSync(photos) };
}

export function copyLibrary(lib: Library, dir: string): Library {
  cpSync(lib.dir, dir, { recursive: true });
  return { ...lib, dir };
}

/** Whether a notice tells the user that this client (or the whole list) could not be read. */
function named(notices: StartupNotice[], ws: Workspace): boolean {
  return notices.some((n) => n.kind === 'salvaged' && (n.lostClients.includes(ws.name) || n.lostClients.includes(ws.id) || n.lostParts.includes('workspaces')))
    || notices.some((n) => n.kind === 'no-valid-backup');
}

/** Starts the folder as the app does (vault, then picture clean-up) and checks the promises against what it held. */
export function startAndCheck(lib: Library, failures: string[], label: string): Vault {
  const vault = new Vault({ dir: lib.dir, now: () => new Date() });
  tidyPhotos({ dataDir: lib.dir, vault, now: new Date() });
  for (const ws of lib.clients) {
    const now = vault.data.workspaces.find((w) => w.id === ws.id);
    if (!(now && sameJson(now, ws)) && !named(vault.notices, ws)) failures.push(`${label}: client "${ws.name}" lost or changed without a notice`);
  }
  const photos = path.join(lib.dir, PHOTOS_DIR);
  const trash = path.join(lib.dir, PHOTO_TRASH_DIR);
  const inPhotos = existsSync(photos) ? readdirSync(photos) : [];
  const inTrash = existsSync(trash) ? readdirSync(trash) : [];
  for (const name of lib.pictures) {
    if (!inPhotos.includes(name) && !inTrash.some((t) => t.endsWith(`--${name}`))) failures.push(`${label}: picture ${name} lost`);
  }
  for (const ws of vault.data.workspaces) {
    for (const p of ws.profiles) if (p.photo.file && !inPhotos.includes(p.photo.file)) failures.push(`${label}: picture ${p.photo.file} of "${ws.name}" not in photos/`);
  }
  return vault;
}

// ---------------------------------------------------------------------------
// Child processes (kill -9)

let childScript: string | null = null;

/** The vault bundled for plain Node (no vitest, no stubs). */
function child(): string {
  if (childScript) return childScript;
  const out = path.join(scratch('child'), 'child.cjs');
  buildSync({ entryPoints: [path.join(__dirname, 'child.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: out, logLevel: 'error' });
  childScript = out;
  return out;
}

/** Runs the child until `startLine`, lets it work for `killAfterMs`, then kill -9. Resolves with its output lines. */
function runAndKill(args: string[], startLine: string, killAfterMs: number): Promise<{ lines: string[]; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child(), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: ReturnType<typeof setTimeout> | null = null;
    proc.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (timer === null && out.includes(`${startLine}\n`)) timer = setTimeout(() => proc.kill('SIGKILL'), killAfterMs);
    });
    proc.stderr.on('data', (d: Buffer) => void (err += d.toString()));
    proc.on('error', reject);
    proc.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL' && code !== 0) reject(new Error(`child exited ${code}: ${err}`));
      else resolve({ lines: out.split('\n').filter(Boolean), killed: signal === 'SIGKILL' });
    });
  });
}

/** kill -9 at a random moment while the vault saves edit after edit. */
export async function killDuringSaves(runs: number, random: () => number): Promise<Figures> {
  const counts: Record<string, number> = {};
  const failures: string[] = [];
  const dir = scratch('saves');
  let next = 0;
  const acked: number[] = [];
  for (let run = 0; run < runs; run++) {
    const { lines } = await runAndKill(['save', dir, String(next)], 'READY', Math.floor(random() * 400));
    const acks = lines.filter((l) => l.startsWith('ACK ')).map((l) => Number(l.slice(4)));
    acked.push(...acks);
    counts['acknowledged saves'] = (counts['acknowledged saves'] ?? 0) + acks.length;
    const leftovers = readdirSync(dir).filter((n) => n.includes('.tmp-')).length + readdirSync(path.join(dir, 'backups')).filter((n) => n.includes('.tmp-')).length;
    if (leftovers) bump(counts, 'runs that left a temp file (removed at the next start)');
    const vault = new Vault({ dir });
    if (vault.notices.length) failures.push(`run ${run}: the start after a kill needed a repair: ${JSON.stringify(vault.notices)}`);
    const last = acked.length ? Math.max(...acked) : -1;
    const stored = Number(/^edit (\d+)$/.exec(vault.data.settings.consultantName)?.[1] ?? -1);
    if (stored < last) failures.push(`run ${run}: acknowledged edit ${last} lost (the store holds edit ${stored})`);
    const ids = new Set(vault.data.workspaces.map((w) => w.id));
    for (const i of acked) if (i % 3 === 0 && !ids.has(`c${i}`)) failures.push(`run ${run}: client c${i} (acknowledged) lost`);
    if (vault.removedTempFiles.length) bump(counts, 'next starts that removed a temp file');
    next = Math.max(stored, last) + 1;
  }
  return { scenario: 'kill -9 during saves', runs, counts, failures };
}

/** How long the slowed-down start-up takes without a kill, to spread the kills over it. */
async function startUpTime(template: Library, msPerOp: number): Promise<number> {
  const dir = copyLibrary(template, scratch('calibrate')).dir;
  const t0 = Date.now();
  await runAndKill(['open', dir, String(msPerOp)], 'GO', 60_000);
  return Date.now() - t0;
}

/** kill -9 at a random moment of the start-up repair (damaged store, or store missing, with backups beside it). */
export async function killDuringRepair(runs: number, random: () => number, damage: 'damaged' | 'missing'): Promise<Figures> {
  const counts: Record<string, number> = {};
  const failures: string[] = [];
  const template = makeLibrary(scratch('repair-template'));
  const store = path.join(template.dir, 'vitrine.json');
  if (damage === 'damaged') writeFileSync(store, readFileSync(store, 'utf8').replace('"workspaces"', '"workspacez"'));
  else rmSync(store);
  const msPerOp = 1;
  const span = await startUpTime(template, msPerOp);
  for (let run = 0; run < runs; run++) {
    const lib = copyLibrary(template, scratch('repair'));
    const { lines } = await runAndKill(['open', lib.dir, String(msPerOp)], 'GO', Math.floor(random() * span));
    const done = lines.some((l) => l.startsWith('DONE'));
    bump(counts, done ? 'killed after the start-up finished' : 'killed during the start-up');
    if (existsSync(path.join(lib.dir, REPAIR_MARKER))) bump(counts, 'killed with the repair marker on disk');
    const vault = startAndCheck(lib, failures, `run ${run}`);
    if (vault.data.workspaces.length === 0) failures.push(`run ${run}: empty start`);
    const told = vault.notices.map((n) => n.kind).join('+') || 'no notice';
    bump(counts, `next start: ${told}`);
    // Killed before the app could show the notice: the next start must show it.
    if (!done && told === 'no notice') failures.push(`run ${run}: killed during the start-up, and the next start said nothing`);
    // The user sees the notice and edits: after that save the repair is over and the next start is clean.
    vault.update((d) => ({ ...d, activeWorkspaceId: null }));
    if (!vault.flush()) failures.push(`run ${run}: the first edit after the repair was not saved: ${vault.writeError}`);
    const again = new Vault({ dir: lib.dir });
    if (again.notices.length || existsSync(path.join(lib.dir, REPAIR_MARKER))) failures.push(`run ${run}: the repair was not finished after the first edit`);
    rmSync(lib.dir, { recursive: true, force: true });
  }
  return { scenario: `kill -9 during start-up repair (store ${damage}, backups beside it)`, runs, counts, failures };
}

// ---------------------------------------------------------------------------
// Damage on disk

/** Single-bit flips anywhere in the store, with the backups Vitrine keeps beside it. */
export function bitFlips(runs: number, random: () => number): Figures {
  const counts: Record<string, number> = {};
  const failures: string[] = [];
  const template = makeLibrary(scratch('flip-template'));
  const bytes = readFileSync(path.join(template.dir, 'vitrine.json'));
  for (let run = 0; run < runs; run++) {
    const lib = copyLibrary(template, scratch('flip'));
    const flipped = Buffer.from(bytes);
    const at = Math.floor(random() * flipped.length);
    flipped[at]! ^= 1 << Math.floor(random() * 8);
    writeFileSync(path.join(lib.dir, 'vitrine.json'), flipped);
    const vault = startAndCheck(lib, failures, `flip at byte ${at}`);
    bump(counts, vault.notices.map((n) => n.kind).join('+') || 'no notice');
    if (vault.notices.length === 0) failures.push(`flip at byte ${at}: not detected`);
    rmSync(lib.dir, { recursive: true, force: true });
  }
  return { scenario: 'single-bit flips of the store', runs, counts, failures };
}

const KEY_DAMAGE: [string, string][] = [
  ['"workspaces"', '"workspacez"'], ['"settings"', '"settingz"'], ['"profiles"', '"profilez"'], ['"createdAt"', '"createdAz"'],
  ['"activeWorkspaceId"', '"activeWorkspaceIe"'], ['"trash"', '"trasj"'], ['"name"', '"namf"'], ['"photo"', '"phono"'],
];

/** A damaged key name, with backups beside the store and without any. */
export function damagedKeys(): Figures {
  const counts: Record<string, number> = {};
  const failures: string[] = [];
  const template = makeLibrary(scratch('keys-template'));
  for (const withBackups of [true, false]) {
    for (const [from, to] of KEY_DAMAGE) {
      const lib = copyLibrary(template, scratch('keys'));
      const store = path.join(lib.dir, 'vitrine.json');
      writeFileSync(store, readFileSync(store, 'utf8').replace(from, to));
      if (!withBackups) rmSync(path.join(lib.dir, 'backups'), { recursive: true });
      const vault = startAndCheck(lib, failures, `${from}→${to}${withBackups ? '' : ' (no backup)'}`);
      bump(counts, `${withBackups ? 'with backups' : 'no backup'}: ${vault.notices.map((n) => n.kind).join('+') || 'no notice'}`);
      if (vault.notices.length === 0) failures.push(`${from}→${to}: damage read as good`);
      rmSync(lib.dir, { recursive: true, force: true });
    }
  }
  return { scenario: 'damaged key names', runs: KEY_DAMAGE.length * 2, counts, failures };
}

export function missingStore(): Figures {
  const failures: string[] = [];
  const lib = makeLibrary(scratch('missing'));
  rmSync(path.join(lib.dir, 'vitrine.json'));
  const vault = startAndCheck(lib, failures, 'missing store');
  if (vault.notices[0]?.kind !== 'restored-from-backup') failures.push(`missing store: no restore notice (${JSON.stringify(vault.notices)})`);
  return { scenario: 'missing store with backups beside it', runs: 1, counts: { [vault.notices.map((n) => n.kind).join('+')]: 1 }, failures };
}

// ---------------------------------------------------------------------------
// Full and read-only disks

/** Edits until the disk is full, then frees space: every acknowledged edit is on disk, the others are written by the retry. */
function fillUp(lib: Library, label: string, failures: string[], counts: Record<string, number>, opts: { fs?: ReturnType<typeof faultyFs>; free: () => void }): void {
  const vault = new Vault({ dir: lib.dir, debounceMs: 3_600_000, fs: opts.fs });
  let lastAck = -1;
  let refused = 0;
  for (let i = 0; i < 400 && refused < 3; i++) {
    vault.update((d) => ({ ...d, workspaces: [...d.workspaces, newWorkspace(`Added ${i} ${'x'.repeat(150)}`, { id: `add-${i}`, now: NOW })] }));
    if (vault.flush()) lastAck = i;
    else refused++;
  }
  if (refused === 0) failures.push(`${label}: the disk never filled up`);
  else bump(counts, 'saves refused as failed (disk full)');
  const onDisk = new Vault({ dir: lib.dir, debounceMs: 3_600_000 });
  if (onDisk.notices.length) failures.push(`${label}: a full disk damaged the store: ${JSON.stringify(onDisk.notices)}`);
  const ids = new Set(onDisk.data.workspaces.map((w) => w.id));
  for (let i = 0; i <= lastAck; i++) if (!ids.has(`add-${i}`)) failures.push(`${label}: acknowledged client add-${i} lost`);
  opts.free();
  if (!vault.retryNow()) failures.push(`${label}: retry failed after space was freed: ${vault.writeError}`);
  const after = startAndCheck(lib, failures, `${label} after freeing space`);
  if (after.data.workspaces.length !== vault.data.workspaces.length) failures.push(`${label}: edits made while the disk was full were not written by the retry`);
}

/** A tmpfs of a few hundred kB, when this machine lets the test mount one (root on Linux). */
function tmpfs(sizeKb: number): { dir: string; remount: (opts: string) => void; release: () => void } | null {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return null;
  const dir = scratch('tmpfs');
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir]).status !== 0) return null;
  return {
    dir,
    remount: (opts) => void spawnSync('mount', ['-o', `remount,${opts}`, dir]),
    release: () => void spawnSync('umount', [dir]),
  };
}

export function diskFull(runs: number, random: () => number): Figures {
  const counts: Record<string, number> = {};
  const failures: string[] = [];
  for (let run = 0; run < runs; run++) {
    // Injected: the disk takes a random number of bytes more, then writes come back short, then ENOSPC.
    const lib = makeLibrary(scratch('full'));
    const faults: Faults = { spaceLeft: Math.floor(random() * 200_000) };
    fillUp(lib, `injected run ${run}`, failures, counts, { fs: faultyFs(faults), free: () => void (faults.spaceLeft = null) });
    bump(counts, 'injected short writes / ENOSPC runs');
  }
  const mount = tmpfs(512);
  if (mount) {
    try {
      const lib = makeLibrary(path.join(mount.dir, 'data'));
      const filler = path.join(mount.dir, 'filler');
      const free = 512 * 1024 - 160 * 1024;
      writeFileSync(filler, Buffer.alloc(free > 0 ? free : 1));
      fillUp(lib, 'tmpfs', failures, counts, { free: () => rmSync(filler) });
      bump(counts, 'real tmpfs runs');
    } catch (e) {
      failures.push(`tmpfs: ${(e as Error).message}`);
    } finally {
      mount.release();
    }
  } else bump(counts, 'real tmpfs not available (not root on Linux): injected only');
  return { scenario: 'disk full', runs, counts, failures };
}

/** Opens, edits and cleans up in a read-only folder: everything loads, every save is refused as failed, nothing is moved; once writable, the retry writes the edit. */
export function readOnly(): Figures {
  const counts: Record<string, number> = {};
  const failures: string[] = [];
  const check = (label: string, lib: Library, fs: ReturnType<typeof faultyFs> | undefined, makeWritable: () => void) => {
    const vault = new Vault({ dir: lib.dir, fs });
    const tidy = tidyPhotos({ dataDir: lib.dir, vault, now: new Date(), fs });
    if (vault.notices.length || vault.data.workspaces.length !== lib.clients.length) failures.push(`${label}: did not open as it was`);
    vault.update((d) => ({ ...d, workspaces: [...d.workspaces, newWorkspace('While read-only', { id: 'ro', now: NOW })] }));
    if (vault.flush()) failures.push(`${label}: a save was acknowledged in a read-only folder`);
    else bump(counts, `${label}: save refused (${/E[A-Z]+/.exec(vault.writeError ?? '')?.[0] ?? vault.writeError})`);
    if (tidy.trashed.length) failures.push(`${label}: pictures moved in a read-only folder`);
    makeWritable();
    if (!vault.retryNow()) failures.push(`${label}: retry failed once writable: ${vault.writeError}`);
    const after = startAndCheck(lib, failures, label);
    if (!after.data.workspaces.some((w) => w.id === 'ro')) failures.push(`${label}: the edit made while read-only was lost`);
  };
  const injected = makeLibrary(scratch('ro'));
  const faults: Faults = { openError: 'EROFS', renameError: 'EROFS' };
  check('injected EROFS folder', injected, faultyFs(faults), () => Object.assign(faults, { openError: null, renameError: null }));

  const mount = tmpfs(1024);
  if (mount) {
    try {
      const lib = makeLibrary(path.join(mount.dir, 'data'));
      mount.remount('ro');
      check('read-only tmpfs', lib, undefined, () => mount.remount('rw'));
    } finally {
      mount.release();
    }
  } else bump(counts, 'read-only mount not available: injected only');

  // A read-only file in a writable folder: the save replaces it (rename), as it should.
  const file = makeLibrary(scratch('ro-file'));
  chmodSync(path.join(file.dir, 'vitrine.json'), 0o444);
  const vault = new Vault({ dir: file.dir, debounceMs: 3_600_000 });
  vault.update((d) => ({ ...d, activeWorkspaceId: d.workspaces[0]!.id }));
  if (!vault.flush()) failures.push(`read-only file: save failed: ${vault.writeError}`);
  if (new Vault({ dir: file.dir }).data.activeWorkspaceId !== vault.data.activeWorkspaceId) failures.push('read-only file: the edit is not on disk');
  else bump(counts, 'read-only file: saved by replacing it');
  return { scenario: 'read-only folder and file', runs: 3, counts, failures };
}

/** A small deterministic generator, so a failing run can be replayed from its seed. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function describeFigures(f: Figures): string {
  const counts = Object.entries(f.counts).map(([k, v]) => `    ${k}: ${v}`).join('\n');
  return `${f.scenario}: ${f.runs} runs, ${f.failures.length} failures\n${counts}${f.failures.length ? `\n    first failures: ${f.failures.slice(0, 5).join(' | ')}` : ''}`;
}
