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

  it('refuses loopback, private, link-local and numeric hosts in every notation', () => {
    for (const url of [
      'http://127.0.0.1:8080/admin', 'http://[::1]/', 'http://[::ffff:127.0.0.1]/', 'http://0x7f000001/', 'http://2130706433/', 'http://0177.0.0.1/',
      'http://127.1/', 'http://0/', 'http://10.0.0.1/', 'http://192.168.1.1/', 'http://172.16.0.1/', 'http://169.254.169.254/latest/meta-data',
      'https://8.8.8.8/', 'http://[fe80::1]/', 'http://[fd00::1]/', 'http://localhost:3000/', 'http://LOCALHOST./', 'http://app.localhost/',
      'http://printer.local/', 'http://router/', 'http://nas.home.arpa/', 'http://0x0a.0.0.1/',
    ]) {
      expect(safeExternalUrl(url), url).toBeNull();
    }
  });

  it('still opens ordinary public addresses, including hosts that merely contain digits', () => {
    for (const url of ['https://www.linkedin.com/in/jeanne', 'https://1password.com/', 'https://123.example.org/', 'http://x.com/jeanne']) {
      expect(safeExternalUrl(url), url).not.toBeNull();
    }
  });
});
