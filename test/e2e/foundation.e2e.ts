import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp } from '../support/app-harness';

afterAll(closeBrowser);

describe('foundation (built UI in Chromium, same contract and handlers)', () => {
  it('starts in French on a French system and visits every section', async () => {
    const app = await launchApp({ systemLocale: 'fr-FR' });
    try {
      const { page } = app;
      await expect.poll(() => page.getByTestId('nav-clients').textContent()).toBe('Clients');
      expect(await page.locator('html').getAttribute('lang')).toBe('fr');
      await app.screenshot('01-clients');
      await page.getByTestId('nav-settings').click();
      await page.getByRole('heading', { name: 'Réglages' }).waitFor();
      await app.screenshot('06-settings');
    } finally {
      await app.close();
    }
  });

  it('switches to English in Settings and keeps it after a restart', async () => {
    let app = await launchApp({ systemLocale: 'fr-FR' });
    try {
      await app.page.getByTestId('nav-settings').click();
      await app.page.getByTestId('settings-language').selectOption('en');
      await app.page.getByRole('heading', { name: 'Settings' }).waitFor();
      app = await app.restart();
      await expect.poll(() => app.page.getByTestId('nav-settings').textContent()).toBe('Settings');
    } finally {
      await app.close();
    }
  });

  it('makes start-up\'s three calls from the early script, once each, before the app\'s code has run', async () => {
    const app = await launchApp();
    try {
      await app.page.getByTestId('open-demo').waitFor();
      // The early script (early-calls.ts) asks in this order; main.tsx then waits on the same promises.
      expect(app.calls.slice(0, 3)).toEqual(['app:info', 'settings:get', 'library:list']);
      expect(app.calls.filter((c) => c === 'library:list' || c === 'app:info' || c === 'settings:get')).toHaveLength(3);
      expect(await app.page.evaluate(() => Object.keys((window as { vitrineEarly?: object }).vitrineEarly ?? {}).sort())).toEqual(['info', 'list', 'settings']);
    } finally {
      await app.close();
    }
  });

  it('starts without a single CSP violation (the app itself needs no exception)', async () => {
    const app = await launchApp();
    try {
      await app.page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { __csp: string[] }).__csp = seen;
        document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      await app.page.reload();
      await app.page.waitForSelector('.app');
      await app.page.getByTestId('nav-settings').click();
      // zod is not on the first screen's path: it loads with the screens that check data (here the demo's inventory).
      await app.page.getByTestId('nav-clients').click();
      await app.page.getByTestId('open-demo').click();
      await app.page.getByTestId('profile-row').first().waitFor();
      expect(await app.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('blocks injected inline script with the CSP', async () => {
    const app = await launchApp();
    try {
      const result = await app.page.evaluate(async () => {
        const violation = new Promise<string>((resolve) => document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true }));
        const s = document.createElement('script');
        s.textContent = 'window.__pwned = true';
        document.body.appendChild(s);
        const directive = await violation;
        return { pwned: (window as unknown as { __pwned?: boolean }).__pwned === true, directive };
      });
      expect(result.pwned).toBe(false);
      expect(result.directive).toMatch(/script-src/);
    } finally {
      await app.close();
    }
  });

  it('refuses navigation and popups: links go to the system browser only when allowed', async () => {
    const app = await launchApp();
    try {
      const { page } = app;
      const before = page.url();
      await page.evaluate(() => {
        for (const href of ['https://example.com/profile', 'javascript:alert(1)', 'file:///etc/passwd']) {
          const a = document.createElement('a');
          a.href = href;
          a.textContent = href;
          a.target = '_blank';
          document.body.appendChild(a);
          a.click();
        }
        window.open('https://example.org/');
        window.open('data:text/html,<b>x</b>');
      });
      await expect.poll(() => app.opened.length).toBe(2);
      expect(app.opened).toEqual(['https://example.com/profile', 'https://example.org/']);
      expect(page.url()).toBe(before);
      expect(app.context.pages()).toHaveLength(1);
    } finally {
      await app.close();
    }
  });

  it('refuses an IPC call from a foreign origin', async () => {
    const app = await launchApp();
    try {
      const foreign = await app.context.newPage();
      await foreign.route('http://foreign.test/**', (route) => route.fulfill({ body: '<html><body>evil</body></html>', contentType: 'text/html' }));
      await foreign.goto('http://foreign.test/');
      const res = await foreign.evaluate(() => (window as unknown as { vitrine: { libraryList: () => Promise<unknown> } }).vitrine.libraryList());
      expect(res).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
      await foreign.close();
    } finally {
      await app.close();
    }
  });

  it('opens data from a newer Vitrine read-only, says so and leaves the file untouched', async () => {
    const bytes = JSON.stringify({ schemaVersion: 99, workspaces: [{ future: true }] });
    let store = '';
    const app = await launchApp({
      systemLocale: 'en-GB',
      prepare: (dir) => {
        store = path.join(dir, 'vitrine.json');
        writeFileSync(store, bytes);
      },
    });
    try {
      const { page } = app;
      await page.getByTestId('notice-newer-version').waitFor();
      await page.getByTestId('read-only-screen').waitFor();
      expect(await page.getByTestId('notice-newer-version-message').innerText()).toMatch(/^Read-only: this data was written by a newer version of Vitrine\./);
      expect(await page.getByTestId('notice-newer-version-detail').textContent()).toContain('Format 99; this version reads up to format');
      expect(await page.getByTestId('nav-plan').isDisabled()).toBe(true);
      await app.screenshot('00-read-only');
      // Changing a setting is refused, and the file keeps every byte.
      const res = await page.evaluate(() => window.vitrine.settingsUpdate({ theme: 'dark' }));
      expect(res).toMatchObject({ ok: false, error: { code: 'read-only' } });
    } finally {
      await app.close();
    }
    expect(readFileSync(store, 'utf8')).toBe(bytes);
  });

  it('quarantines a corrupt store, restores the newest backup and tells the user', async () => {
    const first = await launchApp({ systemLocale: 'en-GB' });
    await first.page.getByTestId('nav-settings').click();
    await first.page.getByTestId('settings-language').selectOption('en');
    await first.close();
    const dataDir = first.dataDir;
    const store = path.join(dataDir, 'vitrine.json');
    const good = JSON.parse(readFileSync(store, 'utf8')) as { settings: { locale: string } };
    expect(good.settings.locale).toBe('en');
    writeFileSync(store, '{"schemaVersion": 1, "workspaces": [ {oops');

    const app = await launchApp({ dataDir, systemLocale: 'fr-FR' });
    try {
      const notice = app.page.getByTestId('notice-restored-from-backup');
      await notice.waitFor();
      expect(await notice.textContent()).toContain('vitrine.corrupt-');
      await app.screenshot('00-restored-notice');
      // The restored backup kept the English setting: nothing was lost.
      await expect.poll(() => app.page.getByTestId('nav-settings').textContent()).toBe('Settings');
      const quarantined = readdirSync(dataDir).filter((n) => n.startsWith('vitrine.corrupt-'));
      expect(quarantined).toHaveLength(1);
      expect(readFileSync(path.join(dataDir, quarantined[0]!), 'utf8')).toContain('{oops');
    } finally {
      await app.close();
    }
  });
});

describe('salvage notice (no valid backup)', () => {
  it('names, in French, the client that could not be read and the file that keeps it', async () => {
    const first = await launchApp({ systemLocale: 'fr-FR' });
    await first.page.evaluate(() => window.vitrine.workspaceCreate({ name: 'Chloé Martin', activate: false }));
    await first.page.evaluate(() => window.vitrine.workspaceCreate({ name: 'Lucas Bernard', activate: false }));
    await first.close();
    const dataDir = first.dataDir;
    const store = path.join(dataDir, 'vitrine.json');
    const data = JSON.parse(readFileSync(store, 'utf8')) as { workspaces: Record<string, unknown>[] };
    const lucas = data.workspaces.find((w) => w.name === 'Lucas Bernard')!;
    lucas.profilez = lucas.profiles;
    delete lucas.profiles;
    writeFileSync(store, JSON.stringify(data));
    rmSync(path.join(dataDir, 'backups'), { recursive: true });

    const app = await launchApp({ dataDir, systemLocale: 'fr-FR' });
    try {
      const notice = app.page.getByTestId('notice-salvaged');
      await notice.waitFor();
      const text = (await notice.textContent()) ?? '';
      expect(text).toContain('une partie de son contenu est abîmée');
      expect(text).toContain('1 client lisible a été gardé.');
      expect(text).toContain('Ce client n’a pas pu être lu ; il reste dans le fichier endommagé, gardé à part : Lucas Bernard.');
      // The English technical reason and the path wait behind "Détails".
      const shown = await notice.innerText();
      expect(shown).not.toMatch(/unexpected content|vitrine\.corrupt-/);
      const detail = app.page.getByTestId('notice-salvaged-detail');
      expect(await detail.isVisible()).toBe(false);
      await notice.getByText('Détails', { exact: true }).click();
      expect(await detail.innerText()).toMatch(/Cause : unexpected content.*\n.*vitrine\.corrupt-.*\.json/s);
      await app.screenshot('00-salvaged-notice');
    } finally {
      await app.close();
    }
  });
});

describe('start-up notices are acknowledged', () => {
  it('a restore notice, in French, comes back at each start until it is dismissed, and not after', { timeout: 60_000 }, async () => {
    const first = await launchApp({ systemLocale: 'fr-FR' });
    await first.page.evaluate(() => window.vitrine.workspaceCreate({ name: 'Chloé Martin', activate: false }));
    await first.close();
    const dataDir = first.dataDir;
    writeFileSync(path.join(dataDir, 'vitrine.json'), '{"schemaVersion": 3, "workspaces": [ {oops');

    let app = await launchApp({ dataDir, systemLocale: 'fr-FR' });
    try {
      const notice = () => app.page.getByTestId('notice-restored-from-backup');
      await notice().waitFor();
      expect(await notice().innerText()).toContain('Le fichier de données de Vitrine était endommagé : son contenu est coupé ou illisible. La dernière sauvegarde valide a été remise en place.');
      expect(await notice().innerText()).not.toMatch(/not valid JSON/);
      // Not dismissed: told again at the next start.
      app = await app.restart();
      await notice().waitFor();
      await notice().getByTestId('notice-restored-from-backup-dismiss').click();
      await notice().waitFor({ state: 'detached' });
      app = await app.restart();
      await app.page.getByTestId('nav-settings').waitFor();
      expect(await app.page.getByTestId('notice-restored-from-backup').count()).toBe(0);
      expect(app.vault.data.workspaces.map((w) => w.name)).toEqual(['Chloé Martin']);
    } finally {
      await app.close();
    }
  });
});

// Screenshots land in a git-ignored folder; make sure it exists.
const shots = path.resolve(__dirname, '../../test-output/screenshots');
if (!existsSync(shots)) mkdirSync(shots, { recursive: true });
