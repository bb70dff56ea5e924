import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHANNELS, EVENT_CHANNELS, eventMethodName, events, methodName, type EventChannel, type EventPayload, type License } from '../../shared/ipc/contract';
import { createEmitter } from '../../electron/main/ipc';
import { createDispatch } from '../../electron/main/ipc-dispatch';
import { doctorSummary } from '../../electron/services/desktop/doctor-summary';
import { inspectDataDir } from '../../electron/services/doctor';
import { serveStatic } from '../../electron/main/static-files';
import { createHandlers, type HandlerDeps } from '../../electron/services/handlers';
import { Vault } from '../../electron/services/vault';
import type { VaultFs } from '../../electron/services/vault-fs';

export const ROOT = path.resolve(__dirname, '../..');
const RENDERER = path.join(ROOT, 'dist/renderer');
const SCREENSHOTS = path.join(ROOT, 'test-output/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/**
 * Headless Chromium is a full browser: each window preloads its address bar's
 * popup (chrome://omnibox-popup), a web page of its own that took about half a
 * second of CPU while the app started, on a 2-core machine as much as the app's
 * own start. An Electron window has no address bar, so it is switched off here
 * (as Puppeteer does by default). Chromium keeps only the last
 * --disable-features, so Playwright's own list (playwright-core's
 * chromiumSwitches) is repeated with it.
 */
const DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose', 'HttpsUpgrades', 'HttpsFirstBalancedModeAutoEnable', 'LensOverlay',
  'MediaRouter', 'PaintHolding', 'ThirdPartyStoragePartitioning', 'AvoidCorsURLLoaderRestartOnRedirect', 'OptimizationHints',
  'NetworkTimeServiceQuerying', 'AimEnabled', 'PreconnectToSearch',
  'WebUIOmniboxPopup', 'WebUIOmniboxAimPopup',
];
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', `--disable-features=${DISABLED_FEATURES.join(',')}`];

export interface AppUnderTest {
  page: Page;
  context: BrowserContext;
  vault: Vault;
  dataDir: string;
  origin: string;
  /** URLs handed to the (stubbed) system browser. */
  opened: string[];
  /** Every channel the page invoked, in the order the calls arrived. */
  calls: string[];
  /** Where the stubbed save dialog of "Save a copy elsewhere…" puts the copy. */
  copyPath: string;
  /** Reminder refs snoozed from the page, with their minutes. */
  snoozed: [string, number][];
  /** Times the app asked to restart (after a data folder move). */
  restarts: number;
  /** Push a main→page event, parsed by the contract as the preload does. */
  push: <E extends EventChannel>(event: E, payload: EventPayload<E>) => Promise<void>;
  screenshot: (name: string) => Promise<void>;
  /** Re-open the UI on the same data (like quitting and starting again). */
  restart: () => Promise<AppUnderTest>;
  close: () => Promise<void>;
}

let browser: Browser | null = null;
async function sharedBrowser(): Promise<Browser> {
  browser ??= await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return browser;
}
export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = null;
}

async function startServer(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    void serveStatic(RENDERER, req.url ?? '/').then((r) => {
      res.writeHead(r.status, r.headers);
      res.end(r.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no server address');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}

export interface LaunchOptions {
  dataDir?: string;
  systemLocale?: string;
  /** Called with the data folder before the vault opens (fault injection). */
  prepare?: (dataDir: string) => void;
  now?: () => Date;
  /** The vault's file operations (fault injection: a failing write). */
  fs?: VaultFs;
  /** The folder "chosen" in the system dialog of Settings › Data › Move… (null: cancelled). */
  chooseFolder?: () => string | null;
  /** Errors the log holds (Diagnostics). */
  lastErrors?: string[];
  /**
   * 'shown' (default): return once the UI is on screen. 'committed': return as soon as
   * the page is navigated, so a bench can time the start from inside the page without
   * Playwright polling the page (and taking its CPU) while it starts.
   */
  returnWhen?: 'shown' | 'committed';
}

/**
 * The built UI in real Chromium, served from 127.0.0.1, with the preload
 * replaced by a binding built from the same contract and the same handlers
 * as the main process, over a real store in a temp folder.
 */
export async function launchApp(opts: LaunchOptions = {}): Promise<AppUnderTest> {
  const dataDir = opts.dataDir ?? mkdtempSync(path.join(tmpdir(), 'vitrine-e2e-'));
  opts.prepare?.(dataDir);
  const vault = new Vault({ dir: dataDir, debounceMs: 50, now: opts.now, fs: opts.fs });
  const copyPath = path.join(mkdtempSync(path.join(tmpdir(), 'vitrine-copy-')), 'vitrine-copy.json');
  const opened: string[] = [];
  const calls: string[] = [];
  const snoozed: [string, number][] = [];
  const restarts = { n: 0 };
  // As in main: pushes wait until the page says it listens (app:ready).
  let pageListens: () => void = () => undefined;
  const listening = new Promise<void>((resolve) => {
    pageListens = resolve;
  });
  const licensesFile = path.join(ROOT, 'dist/electron/licenses.json');
  const b = await sharedBrowser();
  const deps: HandlerDeps = {
    vault,
    info: { version: '0.0.0-e2e', systemLocale: opts.systemLocale ?? 'fr-FR', dataDir },
    openExternal: async (url) => {
      opened.push(url);
    },
    newId: () => crypto.randomUUID(),
    // The save dialog, stubbed: always this path.
    chooseCopyPath: async () => copyPath,
    now: opts.now ?? (() => new Date()),
    demoWorkspaceText: () => readFileSync(path.join(ROOT, 'examples/demo.vitrine.json'), 'utf8'),
    renderPdf: async (html) => {
      const pdfPage = await b.newPage();
      try {
        await pdfPage.setContent(html, { waitUntil: 'load' });
        return new Uint8Array(await pdfPage.pdf({ format: 'A4', printBackground: true }));
      } finally {
        await pdfPage.close();
      }
    },
    desktop: {
      reminders: { snooze: (ref, minutes) => void snoozed.push([ref, minutes]) },
      onRendererReady: () => pageListens(),
      log: { file: path.join(dataDir, 'logs/vitrine.log'), lastErrors: () => opts.lastErrors ?? [], info: () => undefined },
      crashDumps: path.join(dataDir, 'crashes'),
      versions: { chromium: 'e2e', node: process.versions.node },
      platform: `${process.platform} ${process.arch}`,
      doctor: () => doctorSummary(inspectDataDir(dataDir)),
      licenses: () => (existsSync(licensesFile) ? JSON.parse(readFileSync(licensesFile, 'utf8')) as License[] : []),
      dataFolder: {
        // The data folder is its own default folder here: the pointer is written beside the data.
        defaultDir: dataDir,
        source: 'default',
        chooseFolder: async () => opts.chooseFolder?.() ?? null,
        restart: () => void restarts.n++,
      },
    },
  };
  const { server, origin } = await startServer();
  const dispatch = createDispatch(createHandlers(deps), { isTrustedSender: (url) => url.startsWith(`${origin}/`) });
  const context = await b.newContext({ locale: opts.systemLocale ?? 'fr-FR', viewport: { width: 1360, height: 860 }, acceptDownloads: true });
  // Results cross as JSON text: Playwright's per-value serialiser takes ~1 s for the
  // 500-client list, where Electron's structured clone takes milliseconds; outputs are JSON data.
  await context.exposeBinding('__vitrineInvoke', async (source, channel: string, payload: unknown) => {
    calls.push(channel);
    return JSON.stringify(await dispatch(channel, source.frame.url(), payload));
  });
  await context.addInitScript(({ calls, subscriptions }: { calls: [string, string][]; subscriptions: [string, string][] }) => {
    const w = window as unknown as { __vitrineInvoke: (c: string, p: unknown) => Promise<string>; __vitrineEmit?: (c: string, p: unknown) => void };
    const invoke = async (c: string, p: unknown): Promise<unknown> => JSON.parse(await w.__vitrineInvoke(c, p));
    const api: Record<string, unknown> = {};
    for (const [channel, method] of calls) api[method] = (input?: unknown) => invoke(channel, input);
    // Push events, as the preload's ipcRenderer.on: the Node side calls __vitrineEmit (payloads already parsed there).
    const listeners = new Map<string, Set<(p: unknown) => void>>();
    for (const [channel, method] of subscriptions) {
      listeners.set(channel, new Set());
      api[method] = (listener: (p: unknown) => void) => {
        listeners.get(channel)?.add(listener);
        return () => void listeners.get(channel)?.delete(listener);
      };
    }
    w.__vitrineEmit = (channel, payload) => listeners.get(channel)?.forEach((l) => l(payload));
    // How many listeners an event has: a test push waits for the page to subscribe, as main holds events until app:ready.
    Object.defineProperty(window, '__vitrineListening', { value: (channel: string) => listeners.get(channel)?.size ?? 0 });
    Object.defineProperty(window, 'vitrine', { value: Object.freeze(api), writable: false });
  }, {
    calls: CHANNELS.map((c) => [c, methodName(c)] as [string, string]),
    subscriptions: EVENT_CHANNELS.map((c) => [c, eventMethodName(c)] as [string, string]),
  });
  const page = await context.newPage();
  // The same emitter as the main process, sending into the page instead of a WebContents.
  const emit = createEmitter(() => ({
    send: (channel: string, payload: unknown) => {
      void page.evaluate(([c, p]) => (window as unknown as { __vitrineEmit?: (c: string, p: unknown) => void }).__vitrineEmit?.(c, p), [channel, payload] as const).catch(() => undefined);
    },
  }));
  const unsubscribe = vault.onWriteStatus((status) => emit('vault:write-status', status));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (opts.returnWhen === 'committed') {
    await page.goto(`${origin}/index.html`, { waitUntil: 'commit' });
  } else {
    await page.goto(`${origin}/index.html`);
    await page.waitForSelector('.app, .fatal', { timeout: 15000 });
  }

  const app: AppUnderTest = {
    page, context, vault, dataDir, origin, opened, calls, copyPath, snoozed,
    get restarts() {
      return restarts.n;
    },
    push: async (event, payload) => {
      const parsed = events[event].parse(payload);
      await listening;
      await page.waitForFunction((e) => (window as unknown as { __vitrineListening: (c: string) => number }).__vitrineListening(e) > 0, event, { timeout: 10_000 });
      await page.evaluate(([e, p]) => (window as unknown as { __vitrineEmit?: (e: string, p: unknown) => void }).__vitrineEmit?.(e, p), [event, parsed] as const);
    },
    screenshot: async (name) => {
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
    restart: async () => {
      await app.close();
      return launchApp({ ...opts, dataDir, prepare: undefined });
    },
    close: async () => {
      await page.evaluate(() => window.dispatchEvent(new Event('pagehide'))).catch(() => undefined);
      await new Promise((r) => setTimeout(r, 100));
      vault.flush();
      unsubscribe();
      await context.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return app;
}
