import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../electron/main/ipc-dispatch';
import { createHandlers } from '../../../electron/services/handlers';
import { Vault } from '../../../electron/services/vault';
import { serializeWorkspaceFile } from '../../../shared/domain/workspace/file';
import { Post, Profile, type Workspace } from '../../../shared/schema/workspace';

const APP = 'app://vitrine/index.html';
let tick = Date.parse('2026-11-20T09:00:00Z');

function setup() {
  const dir = mkdtempSync(path.join(tmpdir(), 'vitrine-handlers-'));
  const opened: string[] = [];
  const logged: [string, Record<string, string | number> | undefined][] = [];
  const vault = new Vault({ dir, debounceMs: 60_000 });
  let n = 0;
  const dispatch = createDispatch(createHandlers({
    vault,
    info: { version: 'test', systemLocale: 'fr-FR', dataDir: dir },
    openExternal: async (url) => {
      opened.push(url);
    },
    newId: () => `id-${++n}`,
    now: () => new Date((tick += 1000)),
    demoWorkspaceText: () => '',
    desktop: { log: { file: null, lastErrors: () => [], info: (event, detail) => void logged.push([event, detail]) } },
  }), { isTrustedSender: (u) => u === APP });
  const call = async <T>(channel: string, input?: unknown): Promise<T> => {
    const res = await dispatch(channel, APP, input);
    if (!res.ok) throw Object.assign(new Error(res.error.message), { code: res.error.code });
    return res.value as T;
  };
  return { vault, call, opened, logged };
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('handlers', () => {
  it('settings:update changes only the fields it is given', async () => {
    const { call } = setup();
    await call('settings:update', { consultantName: 'Agence Lumière', locale: 'en' });
    const after = await call<{ consultantName: string; locale: string; theme: string }>('settings:update', { theme: 'dark' });
    expect(after).toMatchObject({ consultantName: 'Agence Lumière', locale: 'en', theme: 'dark' });
  });

  it('import:apply refuses when the client changed after the preview, and import:undo after later edits', async () => {
    const { call, logged } = setup();
    const ws = await call<Workspace>('workspace:create', { name: 'Client' });
    const incoming = { ...ws, id: 'other', name: 'Other', person: { ...ws.person, displayName: 'Jeanne Dupont' } };
    const file = { name: 'c.vitrine.json', bytes: utf8(serializeWorkspaceFile(incoming, new Date())) };

    const first = await call<{ token: string }>('import:preview', { workspaceId: ws.id, files: [file] });
    await call('workspace:rename', { id: ws.id, name: 'Client renamed' });
    await expect(call('import:apply', { token: first.token })).rejects.toMatchObject({ code: 'conflict' });

    const second = await call<{ token: string }>('import:preview', { workspaceId: ws.id, files: [file] });
    const applied = await call<{ workspace: Workspace; undoToken: string }>('import:apply', { token: second.token });
    expect(applied.workspace.person.displayName).toBe('Jeanne Dupont');
    // The log says an import happened, never whose: no name reaches it.
    expect(logged.at(-1)).toEqual(['import applied', { format: 'vitrine-workspace', changes: expect.any(Number) }]);
    expect(JSON.stringify(logged)).not.toContain('Jeanne');
    await call('workspace:save', { workspace: { ...applied.workspace, person: { ...applied.workspace.person, headline: 'edited after' } } });
    await expect(call('import:undo', { undoToken: applied.undoToken })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('workspace:save refuses duplicate profile or post ids with a clear error, and changes nothing', async () => {
    const { call, vault } = setup();
    const ws = await call<Workspace>('workspace:create', { name: 'Client' });
    const profile = { ...ws, profiles: [Profile.parse({ id: 'p1', network: 'linkedin', handle: 'a', url: 'https://www.linkedin.com/in/a' })] };
    const saved = await call<Workspace>('workspace:save', { workspace: profile });
    const twin = Profile.parse({ id: 'p1', network: 'x', handle: 'b', url: 'https://x.com/b' });
    await expect(call('workspace:save', { workspace: { ...saved, profiles: [...saved.profiles, twin] } })).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringMatching(/^Enregistrement refusé, rien n’a été modifié : profiles\[1\]\.id: identifiant en double "p1"/),
    });
    const post = Post.parse({ id: 'x1', profileId: 'p1', network: 'linkedin', date: '2026-01-05T09:00:00.000Z', status: 'published' });
    await expect(call('workspace:save', { workspace: { ...saved, posts: [post, post] } })).rejects.toMatchObject({ message: expect.stringMatching(/posts\[1\]\.id/) });
    expect(vault.data.workspaces.find((w) => w.id === ws.id)).toEqual(saved);
  });

  it('link:open hands public addresses to the system and refuses local or numeric hosts', async () => {
    const { call, opened } = setup();
    for (const url of ['http://127.0.0.1:8080/admin', 'http://[::1]/', 'http://0x7f000001/', 'http://192.168.1.1/', 'http://169.254.169.254/']) {
      expect(await call('link:open', { url })).toEqual({ opened: false });
    }
    expect(await call('link:open', { url: 'https://www.linkedin.com/in/jeanne' })).toEqual({ opened: true });
    expect(opened).toEqual(['https://www.linkedin.com/in/jeanne']);
  });

  it('refuses an oversized import before reading it', async () => {
    const { call } = setup();
    const ws = await call<Workspace>('workspace:create', { name: 'Client' });
    const huge = new Uint8Array(100 * 1024 * 1024);
    await expect(call('import:preview', { workspaceId: ws.id, files: [{ name: 'a.zip', bytes: huge }, { name: 'b.zip', bytes: huge }, { name: 'c.zip', bytes: huge }] }))
      .rejects.toMatchObject({ code: 'too-large' });
  });

  it('import:preview takes bytes as binary only (base64 text is refused by the contract)', async () => {
    const { call } = setup();
    const ws = await call<Workspace>('workspace:create', { name: 'Client' });
    await expect(call('import:preview', { workspaceId: ws.id, files: [{ name: 'r.json', base64: 'e30=' }] })).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('an import with only errors is refused at preview and leaves the store byte for byte as it was', async () => {
    const { call, vault } = setup();
    const ws = await call<Workspace>('workspace:create', { name: 'Client' });
    vault.flush();
    const before = readFileSync(vault.storePath);
    const broken = { name: 'tweets.js', bytes: utf8('window.YTD.tweets.part0 = [ {broken') };
    await expect(call('import:preview', { workspaceId: ws.id, files: [broken] })).rejects.toMatchObject({
      code: 'invalid-file',
      message: expect.stringMatching(/only errors[\s\S]*damaged/),
    });
    vault.flush();
    expect(readFileSync(vault.storePath).equals(before)).toBe(true);
  });
});
