import { describe, expect, it } from 'vitest';
import { registerIpc } from '../../../electron/main/ipc';
import { createDispatch, type Handlers } from '../../../electron/main/ipc-dispatch';
import { isAppUrl } from '../../../electron/main/origin';
import { CHANNELS, contract, methodName } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/envelope';

const calls: string[] = [];
// Every handler records its channel; a few return real-looking values.
const handlers = Object.fromEntries(
  CHANNELS.map((c) => [c, (input: unknown) => {
    calls.push(c);
    if (c === 'workspace:get') throw new AppError('not-found', 'No client workspace with id "x".');
    if (c === 'library:active') return null;
    if (c === 'settings:get') return { locale: 'klingon' };
    if (c === 'link:open') throw new Error('boom');
    return input;
  }]),
) as unknown as Handlers;

const dispatch = createDispatch(handlers, { isTrustedSender: isAppUrl, onInternalError: () => undefined });
const APP = 'app://vitrine/index.html';

describe('IPC contract', () => {
  it('registers exactly the contract channels', () => {
    const registered: string[] = [];
    const channels = registerIpc(dispatch, { handle: (channel: string) => void registered.push(channel) } as never);
    expect(registered.sort()).toEqual(Object.keys(contract).sort());
    expect(channels.sort()).toEqual(Object.keys(contract).sort());
  });

  it('derives camel-case method names for the preload', () => {
    expect(methodName('workspace:undo-delete')).toBe('workspaceUndoDelete');
    expect(new Set(CHANNELS.map(methodName)).size).toBe(CHANNELS.length);
  });

  it('refuses a call from a foreign origin before running the handler', async () => {
    calls.length = 0;
    for (const url of ['https://evil.example/', 'file:///tmp/x.html', 'app://vitrine.evil/x', undefined]) {
      const res = await dispatch('library:active', url, undefined);
      expect(res).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
    expect(calls).toEqual([]);
  });

  it('returns an error envelope with a clear message for an invalid payload', async () => {
    const res = await dispatch('workspace:rename', APP, { id: 'w1', name: 42 });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe('invalid-input');
    expect(res.error.message).toContain('workspace:rename');
    expect(res.error.message).toContain('name');
  });

  it('wraps values, app errors, bad outputs and crashes in envelopes', async () => {
    expect(await dispatch('library:active', APP, undefined)).toEqual({ ok: true, value: null });
    expect(await dispatch('workspace:get', APP, { id: 'x' })).toEqual({ ok: false, error: { code: 'not-found', message: 'No client workspace with id "x".' } });
    expect(await dispatch('settings:get', APP, undefined)).toMatchObject({ ok: false, error: { code: 'invalid-output' } });
    expect(await dispatch('link:open', APP, { url: 'https://a.example' })).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(await dispatch('nope:nope', APP, undefined)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });
});

describe('output checks', () => {
  const summary = {
    id: 'w1', name: 'Jeanne', archived: false, personName: 'Jeanne', headline: '', profileCount: 0, networks: [], updatedAt: '2026-11-30T10:00:00.000Z',
    score: null, previousScore: null, errors: null, coverage: null, nextPost: null,
  };
  const listing = (value: unknown) => createDispatch({ ...handlers, 'library:list': () => value } as Handlers, { isTrustedSender: isAppUrl });

  it('passes an output that is exactly what zod returns as it is, without a copy', async () => {
    const value = [summary];
    const res = await listing(value)('library:list', APP, undefined);
    expect(res).toEqual({ ok: true, value });
    expect(res.ok && res.value).toBe(value);
  });

  it('still lets zod strip an unknown key and refuse a wrong value', async () => {
    const res = await listing([{ ...summary, secret: 'x' }])('library:list', APP, undefined);
    expect(res).toEqual({ ok: true, value: [summary] });
    expect(await listing([{ ...summary, score: 'high' }])('library:list', APP, undefined)).toMatchObject({ ok: false, error: { code: 'invalid-output' } });
    expect(await listing([{ ...summary, score: Number.NaN }])('library:list', APP, undefined)).toMatchObject({ ok: false, error: { code: 'invalid-output' } });
  });
});

describe('window preferences', () => {
  it('keep the renderer isolated, sandboxed and without Node', async () => {
    const { SECURE_WEB_PREFERENCES } = await import('../../../electron/main/web-preferences');
    expect(SECURE_WEB_PREFERENCES).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
  });

  it('never let the spellchecker download dictionaries: off in the window and in the session, downloader pointed at .invalid', async () => {
    const { SECURE_WEB_PREFERENCES, disableSpellcheckDownloads, NO_DICTIONARY_URL } = await import('../../../electron/main/web-preferences');
    expect(SECURE_WEB_PREFERENCES.spellcheck).toBe(false);
    const calls: string[] = [];
    disableSpellcheckDownloads({
      setSpellCheckerEnabled: (on: boolean) => void calls.push(`enabled=${on}`),
      setSpellCheckerDictionaryDownloadURL: (url: string) => void calls.push(`url=${url}`),
    });
    expect(calls).toEqual(['enabled=false', `url=${NO_DICTIONARY_URL}`]);
    expect(new URL(NO_DICTIONARY_URL).hostname.endsWith('.invalid')).toBe(true);
  });
});
