import { expect } from 'vitest';
import type { AppUnderTest } from './app-harness';

/** Creates a client from the clients screen (or the first-start screen) and waits for its inventory. */
export async function createClient(app: AppUnderTest, name: string): Promise<void> {
  const { page } = app;
  await page.getByTestId('nav-clients').click();
  await page.getByTestId('client-create').or(page.getByTestId('first-client')).first().click();
  await page.getByTestId('client-name-input').fill(name);
  await page.getByTestId('client-name-ok').click();
  await expect.poll(() => page.getByTestId('inventory-title').textContent()).toBe(name);
}
