import { describe, expect, it } from 'vitest';
import { ImportReadRefused, readImportFiles } from '../../../renderer/src/features/inventory/import/read-files';

/** A File as the picker gives it, recording whether its bytes were ever read. */
function pickedFile(name: string, size: number, folderPath = '') {
  const file = {
    name,
    size,
    webkitRelativePath: folderPath,
    read: false,
    arrayBuffer: async () => {
      file.read = true;
      return new Uint8Array(Math.min(size, 16)).buffer;
    },
  };
  return file;
}
const asFiles = (files: ReturnType<typeof pickedFile>[]) => files as unknown as File[];
const MB = 1024 * 1024;

describe('readImportFiles (renderer): sizes checked before any read, bytes as binary', () => {
  it('refuses an oversized file from its size, without reading it', async () => {
    const big = pickedFile('tweets.js', 60 * MB);
    await expect(readImportFiles(asFiles([big]), 'fr')).rejects.toThrow(ImportReadRefused);
    await expect(readImportFiles(asFiles([big]), 'en')).rejects.toThrow(/"tweets\.js" is 60 MB \(at most 50 MB\)/);
    expect(big.read).toBe(false);
  });

  it('from a folder reads only what its format needs: the 1.9 GB video is never read', async () => {
    const profile = pickedFile('Profile.csv', 200, 'Export/Profile.csv');
    const video = pickedFile('talk.mp4', 1.9 * 1024 * MB, 'Export/media/talk.mp4');
    const messages = pickedFile('messages.csv', 300 * MB, 'Export/messages.csv');
    const files = await readImportFiles(asFiles([profile, video, messages]), 'en');
    expect(files.map((f) => f.name)).toEqual(['Export/Profile.csv']);
    expect(files[0]?.bytes).toBeInstanceOf(Uint8Array);
    expect([profile.read, video.read, messages.read]).toEqual([true, false, false]);
  });

  it('refuses needed files that add up over the total, reading none', async () => {
    const parts = Array.from({ length: 5 }, (_, i) => pickedFile(`tweets-part${i}.js`, 45 * MB, `data/tweets-part${i}.js`));
    await expect(readImportFiles(asFiles(parts), 'en')).rejects.toThrow(/add up to more than 200 MB/);
    expect(parts.some((p) => p.read)).toBe(false);
  });
});
