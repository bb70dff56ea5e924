import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp, type AppUnderTest } from '../support/app-harness';

afterAll(closeBrowser);

/** Creates a client through the UI; it opens on the inventory. */
async function createClient(app: AppUnderTest, name: string): Promise<void> {
  const { page } = app;
  await page.getByTestId('nav-clients').click();
  const start = page.getByTestId('client-create').or(page.getByTestId('first-client'));
  await start.first().click();
  await page.getByTestId('client-name-input').fill(name);
  await page.getByTestId('client-name-ok').click();
  await expect.poll(() => page.getByTestId('inventory-title').textContent()).toBe(name);
}

function row(app: AppUnderTest, name: string) {
  return app.page.getByTestId('client-row').filter({ has: app.page.getByTestId('client-open').getByText(name, { exact: true }) });
}

async function rowAction(app: AppUnderTest, name: string, action: 'rename' | 'duplicate' | 'archive' | 'delete'): Promise<void> {
  await row(app, name).getByTestId('client-menu').click();
  await app.page.getByTestId(`client-${action}`).filter({ visible: true }).click();
}

const names = (app: AppUnderTest) => app.vault.data.workspaces.map((w) => w.name).sort();

describe('clients screen', () => {
  it('welcomes a first-time user, then creates, renames, duplicates, archives, deletes and undoes', async () => {
    const app = await launchApp({ systemLocale: 'en-GB' });
    try {
      const { page } = app;
      await page.getByTestId('clients-welcome').waitFor();
      expect(await page.getByTestId('clients-welcome').textContent()).toContain('Create my first client');
      await app.screenshot('clients-01-welcome');

      await createClient(app, 'Jeanne Dupont');
      expect(names(app)).toEqual(['Jeanne Dupont']);
      await page.getByTestId('nav-clients').click();

      // An empty name is refused with a clear message.
      await page.getByTestId('client-create').click();
      await page.getByTestId('client-name-input').fill('   ');
      await page.getByTestId('client-name-ok').click();
      await page.getByText('Give the client a name.').waitFor();
      await page.keyboard.press('Escape');

      await rowAction(app, 'Jeanne Dupont', 'rename');
      await page.getByTestId('client-name-input').fill('Jeanne Dupont-Martin');
      await page.getByTestId('client-name-ok').click();
      await row(app, 'Jeanne Dupont-Martin').waitFor();
      // The open client took the new name too.
      await expect.poll(() => page.getByTestId('current-client').textContent()).toBe('Jeanne Dupont-Martin');

      await rowAction(app, 'Jeanne Dupont-Martin', 'duplicate');
      await expect.poll(() => names(app)).toEqual(['Jeanne Dupont-Martin', 'Jeanne Dupont-Martin (copy)']);
      await row(app, 'Jeanne Dupont-Martin (copy)').waitFor();

      await rowAction(app, 'Jeanne Dupont-Martin (copy)', 'archive');
      await expect.poll(() => page.getByTestId('client-row').count()).toBe(1);
      await page.getByTestId('client-show').selectOption('archived');
      await row(app, 'Jeanne Dupont-Martin (copy)').waitFor();
      expect(app.vault.data.workspaces.find((w) => w.name.endsWith('(copy)'))?.archived).toBe(true);
      await page.getByTestId('client-show').selectOption('all');

      await rowAction(app, 'Jeanne Dupont-Martin', 'delete');
      const confirm = page.getByTestId('confirm-dialog');
      await confirm.waitFor();
      // Cancel first: nothing is deleted.
      await confirm.getByRole('button', { name: 'Cancel' }).click();
      expect(names(app)).toHaveLength(2);
      await rowAction(app, 'Jeanne Dupont-Martin', 'delete');
      await page.getByTestId('confirm-ok').click();
      await expect.poll(() => names(app)).toEqual(['Jeanne Dupont-Martin (copy)']);
      await expect.poll(() => page.getByTestId('current-client').textContent()).toBe('No client open');
      await page.getByTestId('toast').getByText('Client “Jeanne Dupont-Martin” deleted.').waitFor();
      await page.getByTestId('toast-action').click();
      await expect.poll(() => names(app)).toEqual(['Jeanne Dupont-Martin', 'Jeanne Dupont-Martin (copy)']);
      await row(app, 'Jeanne Dupont-Martin').waitFor();
    } finally {
      await app.close();
    }
  }, 60_000);

  it('opens the demo and finds it by handle; Ctrl+K switches clients', async () => {
    const app = await launchApp({ systemLocale: 'fr-FR' });
    try {
      const { page } = app;
      await page.getByTestId('clients-welcome').waitFor();
      await app.screenshot('clients-02-welcome-fr');
      await page.getByTestId('open-demo').click();
      await expect.poll(() => page.getByTestId('inventory-title').textContent()).toBe('Camille Moreau (démo)');
      await page.getByTestId('group-linkedin').waitFor();
      await app.screenshot('inventory-01-demo');
      await createClient(app, 'Autre client');

      await page.getByTestId('nav-clients').click();
      await expect.poll(() => page.getByTestId('client-row').count()).toBe(2);
      await app.screenshot('clients-03-list');
      await page.getByTestId('nav-settings').click();
      await page.getByLabel('Thème').selectOption('dark');
      await page.getByTestId('nav-clients').click();
      await app.screenshot('clients-04-list-dark');
      const search = page.getByRole('searchbox', { name: 'Chercher un client' });
      await search.fill('github');
      await expect.poll(() => page.getByTestId('client-row').count()).toBe(1);
      expect(await page.getByTestId('client-row').textContent()).toContain('Camille Moreau');
      await search.fill('zzz-nobody');
      await page.getByTestId('clients-empty').waitFor();

      await page.keyboard.press('Control+k');
      await page.getByTestId('quick-switch').waitFor();
      await page.getByTestId('quick-switch-input').fill('camil');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByTestId('inventory-title').textContent()).toBe('Camille Moreau (démo)');
      expect(app.vault.data.activeWorkspaceId).toBe(app.vault.data.workspaces.find((w) => w.name.startsWith('Camille'))?.id);
    } finally {
      await app.close();
    }
  });

  it('keeps 500 clients smooth: only visible rows are drawn and search reaches any of them', async () => {
    let app = await launchApp({ systemLocale: 'en-GB' });
    try {
      const { page } = app;
      await page.evaluate(async () => {
        const api = (window as unknown as { vitrine: { workspaceCreate: (i: { name: string }) => Promise<unknown> } }).vitrine;
        for (let i = 1; i <= 500; i++) await api.workspaceCreate({ name: `Client ${String(i).padStart(3, '0')}` });
      });
      app = await app.restart();
      const p = app.page;
      await p.getByTestId('client-list').waitFor();
      expect(await p.getByText('500 clients').count()).toBe(1);
      const drawn = await p.getByTestId('client-row').count();
      expect(drawn).toBeGreaterThan(3);
      expect(drawn).toBeLessThan(40);
      const started = Date.now();
      await p.getByTestId('client-list').evaluate((el) => { el.scrollTop = el.scrollHeight; });
      await p.getByText('Client 001', { exact: true }).waitFor();
      await p.getByRole('searchbox', { name: 'Search clients' }).fill('client 437');
      await expect.poll(() => p.getByTestId('client-row').count()).toBe(1);
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      await app.close();
    }
  }, 60_000);
});
