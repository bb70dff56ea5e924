import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseLinkedInShares } from '../../../shared/domain/posts';
import { utf16le, utf8 } from '../../fixtures/posts/bytes';
import { SHARES_2018, SHARES_2024, SHARES_2025 } from '../../fixtures/posts/shares';

describe('parseLinkedInShares', () => {
  it('reads the 2018 vintage: UTF-16LE, tabs, quoted fields, UTC dates', () => {
    const { posts, issues, read } = parseLinkedInShares(utf16le(SHARES_2018));
    expect(issues).toEqual([]);
    expect(read).toBe(2);
    expect(posts).toEqual([
      { externalId: 'https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A1001', network: 'linkedin', date: '2017-06-08T08:15:44Z', text: 'Nouveau chantier à Lyon', link: 'https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A1001' },
      // Empty commentary falls back to the shared article's title.
      { externalId: 'https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A1000', network: 'linkedin', date: '2016-08-25T17:41:57Z', text: 'Un article', link: 'https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A1000' },
    ]);
  });

  it('reads the 2018 vintage without its BOM', () => {
    expect(parseLinkedInShares(utf16le(SHARES_2018, false)).posts).toHaveLength(2);
  });

  it('reads the 2024 vintage: CRLF, SharedURL, wrapped multi-line commentary', () => {
    const { posts, issues } = parseLinkedInShares(utf8(SHARES_2024));
    expect(issues).toEqual([]);
    expect(posts.map((p) => [p.date, p.text])).toEqual([
      ['2024-05-13T10:20:30Z', 'Ravie d\'annoncer ma certification. \nhttps://example.com/badge \n#Pharmacie'],
      ['2024-02-19T09:00:00Z', 'Simple post'],
    ]);
  });

  it('reads the 2025 vintage: SharedUrl, ""…"" quoting, blank lines, quotes inside', () => {
    const { posts, issues } = parseLinkedInShares(utf8(SHARES_2025));
    expect(issues).toEqual([]);
    expect(posts[0]?.text).toBe('Trois idées pour "bien" publier :\n\n1. Un thème par réseau\n2. Un rythme tenable');
    expect(posts[1]?.text).toBe('Hello');
  });

  it('derives a stable id from date and text when there is no ShareLink', () => {
    const a = parseLinkedInShares(utf8(SHARES_2025)).posts[2];
    const b = parseLinkedInShares(utf8(SHARES_2025.replace('\n', '\r\n'))).posts[2];
    expect(a?.externalId).toMatch(/^h:[0-9a-f]{16}$/);
    expect(a?.externalId).toBe(b?.externalId);
    expect(a?.link).toBe('');
  });

  it('turns bad rows into issues with their line, and keeps the good ones', () => {
    const text = [
      'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility',
      'yesterday,https://l/1,x,,,MEMBER_NETWORK',
      '2025-02-30 10:00:00,https://l/2,"multi',
      'line",,,MEMBER_NETWORK',
      '2025-03-01 10:00:00,https://l/3,ok,,,MEMBER_NETWORK',
      '2025-03-01 10:00:00,https://l/3,ok again,,,MEMBER_NETWORK',
    ].join('\n');
    const { posts, issues, read } = parseLinkedInShares(utf8(text), { lang: 'fr' });
    expect(read).toBe(4);
    expect(posts.map((p) => p.externalId)).toEqual(['https://l/3']);
    expect(issues.map((i) => [i.level, i.file, i.where])).toEqual([
      ['skipped', 'Shares.csv', '2'], ['skipped', 'Shares.csv', '3'], ['skipped', 'Shares.csv', '6'],
    ]);
    expect(issues[0]?.message).toContain('« yesterday »');
  });

  it('reports a file that is not Shares.csv', () => {
    const { posts, issues } = parseLinkedInShares(utf8('First Name,Last Name\nJeanne,Dupont\n'));
    expect(posts).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ level: 'error', where: '1' });
  });

  it('reports invalid UTF-8 as an error issue', () => {
    const { posts, issues } = parseLinkedInShares(new Uint8Array([0x44, 0x61, 0xff, 0xfe, 0x00, 0x41, 0x0a, 0xc3]));
    expect(posts).toEqual([]);
    expect(issues[0]?.level).toBe('error');
  });

  it('never throws on random bytes or random CSV-ish text', () => {
    const csvish = fc.string({ unit: fc.constantFrom('D', 'a', 't', 'e', ',', '"', '\n', '\r', '2', '0', '-', ':', ' ', '\t') });
    fc.assert(fc.property(fc.oneof(fc.uint8Array({ maxLength: 400 }), csvish.map((s) => utf8(`Date,ShareLink,ShareCommentary\n${s}`))), (bytes) => {
      const result = parseLinkedInShares(bytes);
      expect(result.posts.length).toBeLessThanOrEqual(result.read);
    }));
  });
});
