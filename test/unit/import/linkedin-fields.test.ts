import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isXHandle, parseTwitterHandles, parseWebsites, positionDate } from '../../../shared/domain/import/linkedin-fields';
import { sameUrl, websiteUrl, isTcoLink } from '../../../shared/domain/import/urls';

describe('parseWebsites', () => {
  it('reads the 2018 comma-separated typed form', () => {
    expect(parseWebsites('PORTFOLIO:http://portfolio.example, PORTFOLIO:https://code.example/profile/jdupont/')).toEqual([
      { type: 'PORTFOLIO', url: 'http://portfolio.example' },
      { type: 'PORTFOLIO', url: 'https://code.example/profile/jdupont/' },
    ]);
  });

  it('reads the 2024 bracketed form, with several types', () => {
    expect(parseWebsites('[PERSONAL:http://www.jdupont.example]')).toEqual([{ type: 'PERSONAL', url: 'http://www.jdupont.example' }]);
    expect(parseWebsites('[COMPANY:https://acme.example,BLOG:https://blog.example/?a=1,2, RSS:https://blog.example/feed, OTHER:github.com/jdupont]')).toEqual([
      { type: 'COMPANY', url: 'https://acme.example' },
      { type: 'BLOG', url: 'https://blog.example/?a=1,2' },
      { type: 'RSS', url: 'https://blog.example/feed' },
      { type: 'OTHER', url: 'github.com/jdupont' },
    ]);
  });

  it('keeps an untyped value and ignores empty cells', () => {
    expect(parseWebsites('https://jdupont.example')).toEqual([{ type: '', url: 'https://jdupont.example' }]);
    expect(parseWebsites('')).toEqual([]);
    expect(parseWebsites('[]')).toEqual([]);
  });
});

describe('parseTwitterHandles', () => {
  it.each([
    ['jdupont', ['jdupont']],
    ['@jdupont', ['jdupont']],
    ['[jdupont]', ['jdupont']],
    ['[jdupont,@jd_pro, jdupont]', ['jdupont', 'jd_pro']],
    ['', []],
  ])('%s', (cell, handles) => expect(parseTwitterHandles(cell)).toEqual(handles));

  it('checks the X handle syntax', () => {
    expect(isXHandle('jd_pro')).toBe(true);
    expect(isXHandle('has space')).toBe(false);
    expect(isXHandle('a'.repeat(16))).toBe(false);
  });
});

describe('positionDate', () => {
  it.each([
    ['Jun 2018', '2018-06'],
    ['Dec 2021', '2021-12'],
    ['2006', '2006'],
    ['', ''],
    ['2020-03', '2020-03'],
    ['Sept. 2019', '2019-09'],
    ['sometime', null],
  ])('%s → %s', (raw, expected) => expect(positionDate(raw)).toBe(expected));
});

describe('website URLs', () => {
  it('adds a scheme and refuses non-addresses', () => {
    expect(websiteUrl('www.jdupont.example')).toBe('https://www.jdupont.example');
    expect(websiteUrl('http://jdupont.example/')).toBe('http://jdupont.example/');
    expect(websiteUrl('not a url')).toBeNull();
    expect(websiteUrl('javascript://alert(1)')).toBeNull();
    expect(websiteUrl('localhost')).toBeNull();
  });

  it('compares ignoring scheme, www and trailing slash', () => {
    expect(sameUrl('http://www.Jdupont.example/', 'https://jdupont.example')).toBe(true);
    expect(sameUrl('https://jdupont.example/a', 'https://jdupont.example/b')).toBe(false);
    expect(isTcoLink('https://t.co/AbC123')).toBe(true);
  });

  it('never throws on arbitrary cells', () => {
    fc.assert(fc.property(fc.string(), (cell) => {
      parseWebsites(cell).forEach((w) => websiteUrl(w.url));
      parseTwitterHandles(cell);
      positionDate(cell);
    }));
  });
});
