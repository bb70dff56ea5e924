import { describe, expect, it } from 'vitest';
import { redact } from '../../../electron/services/desktop/redact';

describe('redact (log lines never carry personal text)', () => {
  it('removes e-mails, URL paths and file paths, keeping what helps a diagnosis', () => {
    expect(redact('mail to camille.durand+pro@exemple.fr failed')).toBe('mail to <email> failed');
    expect(redact('fetch https://www.linkedin.com/in/camille-durand?x=1 refused')).toBe('fetch https://www.linkedin.com/<path> refused');
    expect(redact('link https://user:pw@malt.fr/ ok')).toBe('link https://malt.fr ok');
    expect(redact('ENOENT: open /home/camille/Clients/Durand.vitrine.json')).toBe('ENOENT: open <path>.json');
    expect(redact('EACCES C:\\Users\\Camille\\AppData\\Roaming\\Vitrine\\vitrine.json')).toBe('EACCES <path>.json');
    expect(redact('share \\\\serveur\\partage\\camille')).toBe('share <path>');
  });

  it('removes quoted free text and known names', () => {
    expect(redact('Invalid headline “Pharmacienne d’officine à Lyon” on profile 3')).toBe('Invalid headline “<text>” on profile 3');
    expect(redact('Thème « Soins et conseils » refusé')).toBe('Thème «<text>» refusé');
    expect(redact('import into Camille Durand (3 added)', ['Camille Durand', ' '])).toBe('import into <name> (3 added)');
    expect(redact('CAMILLE DURAND', ['camille durand'])).toBe('<name>');
  });

  it('keeps plain technical messages and cuts long pasted text', () => {
    expect(redact('[vault] write failed, will retry: ENOSPC')).toBe('[vault] write failed, will retry: ENOSPC');
    expect(redact('schemaVersion 3 → 4 at 2026-11-30T10:00:00.000Z')).toBe('schemaVersion 3 → 4 at 2026-11-30T10:00:00.000Z');
    const long = redact('x '.repeat(300));
    expect(long.length).toBe(201);
    expect(long.endsWith('…')).toBe(true);
  });
});
