import { describe, expect, it } from 'vitest';
import { escapeHtml, safeLogo } from '../../../shared/domain/report';

describe('escapeHtml', () => {
  it('neutralises markup, attribute breakouts and style breakouts', () => {
    expect(escapeHtml('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeHtml('" onload="alert(1)')).toBe('&quot; onload=&quot;alert(1)');
    expect(escapeHtml("' onload='x")).toBe('&#39; onload=&#39;x');
    expect(escapeHtml('</style><img src=x onerror=alert(1)>')).toBe('&lt;/style&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml('a & b &amp;')).toBe('a &amp; b &amp;amp;');
  });

  it('leaves ordinary text alone', () => {
    expect(escapeHtml('Pharmacienne d’officine — Nantes')).toBe('Pharmacienne d’officine — Nantes');
    expect(escapeHtml('')).toBe('');
  });
});

describe('safeLogo', () => {
  it('accepts base64 PNG, JPEG and SVG data URLs', () => {
    for (const type of ['png', 'jpeg', 'svg+xml']) expect(safeLogo(`data:image/${type};base64,AAAA`)).toBe(`data:image/${type};base64,AAAA`);
  });

  it('refuses anything else', () => {
    for (const logo of [null, undefined, '', 'data:image/gif;base64,AAAA', 'data:image/svg+xml,<svg/>', 'data:image/png;base64,AA AA', 'data:image/png;base64,AA"x', 'javascript:alert(1)', 'https://example.com/a.png']) {
      expect(safeLogo(logo)).toBeNull();
    }
  });
});
