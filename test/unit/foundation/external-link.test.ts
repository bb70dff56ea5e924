import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeExternalUrl } from '../../../shared/domain/external-link';

describe('safeExternalUrl', () => {
  it('allows https, http and mailto', () => {
    expect(safeExternalUrl('https://www.linkedin.com/in/jeanne')).toBe('https://www.linkedin.com/in/jeanne');
    expect(safeExternalUrl(' http://example.com ')).toBe('http://example.com/');
    expect(safeExternalUrl('mailto:jeanne@example.com')).toBe('mailto:jeanne@example.com');
  });

  it('never hands javascript:, file:, data: or other schemes to the system', () => {
    for (const url of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<b>x', 'vbscript:x', 'ftp://x.example', 'chrome://settings', 'app://vitrine/index.html', '//evil.example', 'not a url', 'https://user:pw@evil.example/']) {
      expect(safeExternalUrl(url), url).toBeNull();
    }
  });

  it('only ever returns http(s) or mailto URLs, for any input', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const out = safeExternalUrl(s);
      return out === null || /^(https?:\/\/|mailto:)/.test(out);
    }));
  });
});
