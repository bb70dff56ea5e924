import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp } from '../support/app-harness';
import { formatViolations, isBlocking, runAxe } from '../support/axe';
import { createClient } from '../support/e2e-steps';

afterAll(closeBrowser);

/** A fictional French résumé: no function, a pasted CV as its summary, no picture. */
const RESUME = {
  basics: {
    name: 'Julien Castaing', location: { city: 'Toulouse', countryCode: 'FR' },
    summary: 'EXPÉRIENCE\n2019 – 2024 : Chef de projet, Banque Atlantique\n2014 – 2019 : Analyste, Assurances du Midi\n\nCOMPÉTENCES\n• Gestion de projet\n• SQL\n• Agile',
    profiles: [{ network: 'LinkedIn', url: 'https://www.linkedin.com/in/julien-castaing' }],
  },
};

function write(name: string, content: unknown): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'vitrine-resume-')), name);
  writeFileSync(file, JSON.stringify(content));
  return file;
}

describe('importing a JSON Resume (issue 10 item 2)', () => {
  it('the preview says what the résumé itself says, in the app’s language, apart from the score', { timeout: 90_000 }, async () => {
    const app = await launchApp({ systemLocale: 'fr-FR' });
    try {
      const { page } = app;
      await createClient(app, 'Julien Castaing');
      await page.getByTestId('import-open').click();
      const dialog = page.getByTestId('import-dialog');
      await dialog.getByTestId('import-files-input').setInputFiles(write('julien.json', RESUME));
      const section = dialog.getByTestId('import-resume');
      await section.waitFor();
      expect(await section.getByRole('heading').textContent()).toBe('Ce que dit le CV');
      const items = section.getByRole('listitem');
      expect(await items.evaluateAll((li) => li.map((e) => e.getAttribute('data-code')))).toEqual(['resume-missing-label', 'summary-looks-like-cv', 'resume-missing-picture']);
      expect(await items.nth(0).textContent()).toContain('À corriger Le CV ne dit pas quel est votre métier : il n’a pas de titre.');
      expect(await items.nth(1).textContent()).toContain('L’accroche du CV ressemble à un CV collé : 2 lignes datées, 2 titres de rubrique de CV, 3 lignes à puces');
      expect(await section.textContent()).toContain('Non compté dans le score');
      const blocking = (await runAxe(page, { include: ['[data-testid="import-dialog"]'] })).filter(isBlocking);
      expect(blocking, formatViolations(blocking)).toEqual([]);
      await app.screenshot('import-03-resume-says');

      // Nothing is written before the user accepts; the résumé's own findings are never stored or scored.
      expect(app.vault.data.workspaces[0]!.profiles).toHaveLength(0);
      await dialog.getByTestId('import-apply').click();
      await expect.poll(() => app.vault.data.workspaces[0]!.profiles.length).toBe(1);
      await page.getByTestId('nav-audit').click();
      await expect.poll(() => page.getByTestId('audit-score-line').textContent()).toBe('Pas encore de score · 0 % vérifié');
      expect(await page.locator('[data-code="summary-looks-like-cv"]').count()).toBe(0);
    } finally {
      await app.close();
    }
  });

  it('a sound résumé gets "nothing to point out"; a workspace file gets no résumé section', { timeout: 90_000 }, async () => {
    const app = await launchApp({ systemLocale: 'en-GB' });
    try {
      const { page } = app;
      await createClient(app, 'Hélène Kervella');
      await page.getByTestId('import-open').click();
      const dialog = page.getByTestId('import-dialog');
      const sound = {
        basics: {
          name: 'Hélène Kervella', label: 'Internal communications manager', image: 'https://helenekervella.example/photo.jpg', location: { city: 'Brest', countryCode: 'FR' },
          summary: 'I help teams of 200 to 2,000 people talk to each other: newsletters people read, meetings that serve a purpose, an intranet people open.',
        },
      };
      await dialog.getByTestId('import-files-input').setInputFiles(write('helene.json', sound));
      const section = dialog.getByTestId('import-resume');
      await section.waitFor();
      expect(await section.getByRole('heading').textContent()).toBe('What the résumé says');
      expect(await section.textContent()).toContain('Nothing to point out in its content.');
      expect(await section.getByRole('listitem').count()).toBe(0);
      await dialog.getByTestId('import-cancel').click();

      await page.getByTestId('import-open').click();
      await dialog.getByTestId('import-files-input').setInputFiles(path.resolve(__dirname, '../../examples/demo.vitrine.json'));
      await dialog.getByTestId('import-preview').waitFor();
      expect(await dialog.getByTestId('import-resume').count()).toBe(0);
    } finally {
      await app.close();
    }
  });
});
