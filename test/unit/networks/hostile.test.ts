import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { identify, sameProfile } from '../../../shared/domain/networks/identify';

describe('identify: hostile input', () => {
  it.each([
    'javascript:alert(1)', 'JavaScript:alert(1)', ' java\nscript:alert(1)', '\u0001javascript:alert(1)', 'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'blob:https://linkedin.com/x', 'ftp://linkedin.com/in/jdoe',
  ])('refuses the unsafe scheme of %j', (input) => {
    expect(identify(input)).toMatchObject({ ok: false, code: 'unsafe-scheme' });
  });

  it.each([
    'https://linkedin.com.evil.example/in/jdoe', 'https://linkedin-com.example/in/jdoe', 'https://www.linkedln.com/in/jdoe',
    'https://linkedin.com@evil.example/in/jdoe', 'https://user:pw@www.linkedin.com/in/jdoe', 'https://www.xn--linkedn-f2a.com/in/jdoe',
    'https://www.lіnkedin.com/in/jdoe', 'https://secure-facebook.example/jdoe', 'https://githab.com/jdoe',
  ])('refuses the look-alike host of %s', (input) => {
    expect(identify(input)).toMatchObject({ ok: false, code: 'lookalike-host' });
  });

  it('does not call sister sites of a network look-alikes', () => {
    expect(identify('https://jdoe.github.io/')).toMatchObject({ ok: false, code: 'unknown-network' });
  });

  it('never throws on arbitrary strings, and every answer is well-formed', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.string({ unit: 'grapheme' }), fc.constantFrom('%', '@@', '//', '#!/', '?id=')), (s) => {
      const r = identify(s);
      if (r.ok) expect(r.canonicalUrl.startsWith('https://') || r.canonicalUrl === '').toBe(true);
      else expect(r.message.fr && r.message.en).toBeTruthy();
      sameProfile(s, s);
    }), { numRuns: 2000 });
  });

  it('never accepts a javascript:, data: or file: input, however it is dressed', () => {
    const scheme = fc.constantFrom('javascript', 'data', 'file', 'vbscript', 'JAVASCRIPT', 'jAvAsCrIpT');
    const noise = fc.constantFrom('', ' ', '\t', '\n', '\u0000', '\u001f');
    fc.assert(fc.property(noise, scheme, noise, fc.webUrl(), (pre, s, mid, rest) => {
      const r = identify(`${pre}${s.slice(0, 2)}${mid}${s.slice(2)}:${rest}`);
      expect(r.ok).toBe(false);
    }), { numRuns: 1000 });
  });

  it('refuses very long input without work', () => {
    expect(identify(`https://www.linkedin.com/in/${'a'.repeat(5000)}`)).toMatchObject({ ok: false, code: 'malformed' });
  });
});
