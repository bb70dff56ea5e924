import { describe, expect, it } from 'vitest';
import { writeErrorKind } from '../../../shared/storage/write-error';

describe('writeErrorKind: the reason in plain words', () => {
  it.each([
    ["could not write /data/vitrine.json: EACCES: permission denied, open '/data/.vitrine.json.tmp-1'", 'read-only'],
    ['could not write /data/vitrine.json: EROFS: read-only file system', 'read-only'],
    ['short write: 10 of 2000 bytes written to /data/.vitrine.json.tmp-1', 'disk-full'],
    ['could not write /data/vitrine.json: ENOSPC: no space left on device', 'disk-full'],
    ['could not write /media/usb/vitrine.json: ENOENT: no such file or directory', 'gone'],
    ['verification failed: /data/.tmp read back 3 bytes that differ from the 4 written', 'gone'],
    ['something else entirely', 'other'],
  ])('%s → %s', (message, kind) => {
    expect(writeErrorKind(message)).toBe(kind);
  });
});
