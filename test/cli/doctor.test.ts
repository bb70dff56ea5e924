import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, CLI_NOW } from '../support/cli';
import { inspectDataDir } from '../../electron/services/doctor';
import { newProfile, newWorkspace } from '../../shared/domain/workspace/factory';
import { serializeWorkspaceFile } from '../../shared/domain/workspace/file';

const ROOT = path.resolve(__dirname, '../..');
const DEMO = path.join(ROOT, 'examples/demo.vitrine.json');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const NOW = CLI_NOW;

/** Every file below a folder with its bytes and mtime: "changes nothing" is checked on all of it. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[path.relative(dir, full)] = `${statSync(full).mtimeMs}:${readFileSync(full).toString('base64')}`;
    }
  };
  walk(dir);
  return out;
}

function clientFile(dir: string, name: string, withPhoto = false): string {
  const ws = newWorkspace(name, { id: `ws-${name}`, now: NOW });
  const photos: Record<string, string> = {};
  if (withPhoto) {
    ws.profiles.push(newProfile('linkedin', { id: `p-${name}`, photo: { file: 'face.png' } }));
    photos['face.png'] = PNG.toString('base64');
  }
  const file = path.join(dir, `${name}.vitrine.json`);
  writeFileSync(file, serializeWorkspaceFile(ws, NOW, photos));
  return file;
}

describe('vitrine library add / list', () => {
  it('adds clients (and their pictures) through the vault, lists them, and refuses a second add of the same client, changing nothing', async () => {
    const data = mkdtempSync(path.join(tmpdir(), 'vitrine-lib-'));
    const files = mkdtempSync(path.join(tmpdir(), 'vitrine-lib-files-'));
    const added = await cli(['library', 'add', clientFile(files, 'Alice', true), clientFile(files, 'Bob'), DEMO, '--data-dir', data], ROOT);
    expect(added.code).toBe(0);
    expect(added.out).toMatch(/added "Alice"/);
    expect(readdirSync(path.join(data, 'photos'))).toEqual(['face.png']);
    const list = await cli(['library', 'list', '--data-dir', data, '--json'], ROOT);
    expect(JSON.parse(list.out).map((r: { name: string }) => r.name)).toEqual(['Alice', 'Bob', expect.any(String)]);
    const before = snapshot(data);
    const again = await cli(['library', 'add', clientFile(files, 'Chloé'), path.join(files, 'Alice.vitrine.json'), '--data-dir', data], ROOT);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already in the library; nothing was added/);
    expect(snapshot(data)).toEqual(before);
  });

  it('refuses a missing data folder with a usage error', async () => {
    const r = await cli(['library', 'list', '--data-dir', path.join(tmpdir(), 'no-such-vitrine-folder')], ROOT);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no data folder/);
  });
});

describe('vitrine doctor', () => {
  it('reports a healthy folder and exits 0', async () => {
    const data = mkdtempSync(path.join(tmpdir(), 'vitrine-doc-'));
    await cli(['library', 'add', DEMO, '--data-dir', data], ROOT);
    const r = await cli(['doctor', '--data-dir', data], ROOT);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Store: .*vitrine\.json: ok, schema version \d+/);
    expect(r.out).toMatch(/Clients: 1/);
    expect(r.out).toMatch(/- nothing/);
  });

  it('on a damaged store, says what a start would do and changes nothing; --repair does it and the next doctor is clean', async () => {
    const data = mkdtempSync(path.join(tmpdir(), 'vitrine-doc-'));
    const files = mkdtempSync(path.join(tmpdir(), 'vitrine-doc-files-'));
    await cli(['library', 'add', clientFile(files, 'Alice', true), '--data-dir', data], ROOT);
    const store = path.join(data, 'vitrine.json');
    writeFileSync(store, readFileSync(store, 'utf8').replace('"workspaces"', '"workspacez"'));
    writeFileSync(path.join(data, 'vitrine.json.tmp-0a1b'), 'half');
    mkdirSync(path.join(data, 'photos'), { recursive: true });
    writeFileSync(path.join(data, 'photos', 'stray.png'), PNG);
    const before = snapshot(data);

    const inspect = inspectDataDir(data, { now: NOW });
    expect(snapshot(data)).toEqual(before);
    expect(inspect).toMatchObject({ mode: 'inspect', store: { state: 'damaged' }, tempFiles: [path.join(data, 'vitrine.json.tmp-0a1b')] });
    expect(inspect.notices.map((n) => n.kind)).toEqual(['restored-from-backup']);
    expect(inspect.clients.map((c) => c.name)).toEqual(['Alice']);
    expect(inspect.changes.some((c) => /write .*vitrine\.corrupt-/.test(c))).toBe(true);
    expect(inspect.changes).toContain(`write ${store}`);
    expect(inspect.pictures).toMatchObject({ stored: 2, referenced: 1, unreferenced: ['stray.png'], tidy: { skipped: 'restored' } });

    const json = await cli(['doctor', '--data-dir', data, '--json'], ROOT);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out).store.state).toBe('damaged');
    expect(snapshot(data)).toEqual(before);

    const repaired = await cli(['doctor', '--data-dir', data, '--repair'], ROOT);
    expect(repaired.code).toBe(0);
    expect(repaired.out).toMatch(/Done:/);
    expect(existsSync(path.join(data, 'vitrine.json.tmp-0a1b'))).toBe(false);
    expect(readdirSync(data).filter((n) => n.startsWith('vitrine.corrupt-'))).toHaveLength(1);
    expect(existsSync(path.join(data, 'photos', 'stray.png'))).toBe(true);

    const after = await cli(['doctor', '--data-dir', data, '--json'], ROOT);
    expect(after.code).toBe(0);
    expect(JSON.parse(after.out)).toMatchObject({ store: { state: 'ok' }, notices: [], clients: [{ name: 'Alice' }] });
  });
});
