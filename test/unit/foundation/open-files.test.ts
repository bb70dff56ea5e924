import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesFromArgv, readOpenedFile } from '../../../electron/services/desktop/open-files';

describe('files opened from the system', () => {
  it('finds .vitrine.json paths in a packaged or development command line', () => {
    expect(filesFromArgv(['C:\\Program Files\\Vitrine\\Vitrine.exe', 'D:\\Clients\\Durand.vitrine.json'], 'C:\\Users\\c')).toEqual([path.resolve('C:\\Users\\c', 'D:\\Clients\\Durand.vitrine.json')]);
    expect(filesFromArgv(['/usr/lib/electron/electron', '/work/vitrine', '--no-sandbox', '--allow-file-access-from-files', 'clients/A.VITRINE.JSON', '/home/c/b.vitrine.json'], '/home/c'))
      .toEqual(['/home/c/clients/A.VITRINE.JSON', '/home/c/b.vitrine.json']);
  });

  it('ignores switches, other files and duplicates', () => {
    expect(filesFromArgv(['/opt/Vitrine/vitrine', '--file=x.vitrine.json', 'notes.json', 'photo.jpg', 'a.vitrine.json', './a.vitrine.json'], '/tmp')).toEqual(['/tmp/a.vitrine.json']);
    expect(filesFromArgv([], '/')).toEqual([]);
  });

  it('reads an opened file as the import preview expects it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vitrine-open-'));
    const file = path.join(dir, 'client.vitrine.json');
    writeFileSync(file, '{"format":"vitrine"}');
    expect(readOpenedFile(file)).toEqual({ name: 'client.vitrine.json', bytes: new Uint8Array(Buffer.from('{"format":"vitrine"}')) });
    expect(() => readOpenedFile(dir)).toThrow(/is not a file/);
    expect(() => readOpenedFile(path.join(dir, 'missing.vitrine.json'))).toThrow(/ENOENT/);
  });
});
