import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { parseWorkspaceFile } from '../../shared/domain/workspace/file';
import { jeanne } from '../fixtures/import/linkedin-pdf';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'vitrine-cli-pdf-'));
});

describe('vitrine import <LinkedIn PDF>', () => {
  it('detects the PDF by its content, whatever its name, and imports it', async () => {
    const input = path.join(dir, 'download (3)');
    writeFileSync(input, await jeanne().bytes());
    const target = path.join(dir, 'jeanne.vitrine.json');
    const r = await cli(['import', input, '--into', target], dir);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('format: linkedin-pdf');
    expect(r.out).toMatch(/never holds the photo/);
    const file = parseWorkspaceFile(readFileSync(target, 'utf8'));
    if (!file.ok) throw new Error('workspace not written');
    expect(file.workspace.person.displayName).toBe('Jeanne Dupont');
    expect(file.workspace.profiles.find((p) => p.network === 'linkedin')?.url).toBe('https://www.linkedin.com/in/jeanne-dupont');
  });

  it('refuses a PDF that is not a LinkedIn profile (exit 1) and writes nothing', async () => {
    const doc = await PDFDocument.create();
    doc.addPage().drawText('Facture', { x: 50, y: 700, size: 20, font: await doc.embedFont(StandardFonts.Helvetica) });
    const input = path.join(dir, 'Profile.pdf');
    writeFileSync(input, await doc.save());
    const target = path.join(dir, 'nothing.vitrine.json');
    const r = await cli(['import', input, '--into', target, '--lang', 'fr'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain("Ce PDF n’est pas un profil LinkedIn");
    expect(existsSync(target)).toBe(false);
  });
});
