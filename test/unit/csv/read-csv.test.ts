import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readCsv, unwrapLinkedInLines } from '../../../shared/domain/csv';

const PREAMBLE = [
  'Notes:',
  '"When exporting your connection data, some email addresses may be missing, see https://example.com/help"',
  '',
].join('\n');

describe('readCsv', () => {
  it('reads rows by header name, ignoring case, spaces and underscores', () => {
    const table = readCsv('Date,ShareLink,Shared URL,Media_Url\n2024-05-13 10:20:30,https://l/1,https://s/1,https://m/1\n');
    expect(table.headers).toEqual(['Date', 'ShareLink', 'Shared URL', 'Media_Url']);
    const [row] = table.rows;
    expect(row?.get('SharedUrl')).toBe('https://s/1');
    expect(row?.get('SHARED_URL')).toBe('https://s/1');
    expect(row?.get('mediaurl')).toBe('https://m/1');
    expect(row?.get('share link')).toBe('https://l/1');
    expect(row?.get('Nope', 'Date')).toBe('2024-05-13 10:20:30');
    expect(row?.get('Nope')).toBe('');
    expect(table.has('sharedURL')).toBe(true);
    expect(table.has('Visibility')).toBe(false);
    expect(table.issues).toEqual([]);
  });

  it('normalises CRLF and gives each row its 1-based source line', () => {
    const text = 'A,B\r\n1,"two\r\nlines"\r\n\r\n3,4\r\n';
    const table = readCsv(text);
    expect(table.rows.map((r) => [r.line, ...r.values])).toEqual([[2, '1', 'two\nlines'], [5, '3', '4']]);
  });

  it('skips the LinkedIn Notes: preamble and keeps line numbers', () => {
    const text = `${PREAMBLE}\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\nJeanne,Dupont,https://www.linkedin.com/in/jeanne-dupont,,Acme,CEO,12 Mar 2021\n`;
    const table = readCsv(text);
    expect(table.headers[0]).toBe('First Name');
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]?.line).toBe(5);
    expect(table.rows[0]?.get('url')).toBe('https://www.linkedin.com/in/jeanne-dupont');
  });

  it('skips a multi-line preamble up to the first blank line', () => {
    const table = readCsv('Notes:\nSynthetic sample.\nAll fictional.\n\nName,URL\nA,https://x/a\n');
    expect(table.headers).toEqual(['Name', 'URL']);
    expect(table.rows[0]?.line).toBe(6);
  });

  it('warns when a Notes: preamble has no blank line', () => {
    const table = readCsv('Notes:\nName,URL\nA,u\n');
    expect(table.headers).toEqual(['Name', 'URL']);
    expect(table.issues[0]?.level).toBe('warning');
  });

  it('detects tab and semicolon delimiters from the header row', () => {
    expect(readCsv('"Date"\t"Share Link"\n"2017/06/08 08:15:44 UTC"\t"https://l, with comma"\n').rows[0]?.get('sharelink')).toBe('https://l, with comma');
    const semi = readCsv('Nom;Prénom;Ville\nDupont;Jeanne;Lyon, France\n');
    expect(semi.headers).toEqual(['Nom', 'Prénom', 'Ville']);
    expect(semi.rows[0]?.get('ville')).toBe('Lyon, France');
  });

  it('unwraps LinkedIn ""…"" multi-line commentary', () => {
    const text = 'Date,ShareCommentary,Visibility\n2025-01-02 10:00:00,"First line.""\n""""\n""He said ""hi"".""\n""Last line.",MEMBER_NETWORK\n';
    const table = readCsv(text);
    expect(table.rows[0]?.get('ShareCommentary')).toBe('First line.\n\nHe said "hi".\nLast line.');
    expect(table.rows[0]?.get('Visibility')).toBe('MEMBER_NETWORK');
    expect(readCsv(text, { unwrapLinkedInLines: false }).rows[0]?.get('ShareCommentary')).toContain('First line."\n');
  });

  it('reports a field-count mismatch and an empty row with their lines', () => {
    const table = readCsv('A,B,C\n1,2\n,,\n4,5,6\n', { file: 'x.csv', lang: 'fr' });
    expect(table.rows.map((r) => r.line)).toEqual([2, 4]);
    expect(table.issues).toEqual([
      { level: 'warning', file: 'x.csv', where: '2', message: '3 champs attendus, 2 trouvés.' },
      { level: 'skipped', file: 'x.csv', where: '3', message: 'Ligne vide ignorée.' },
    ]);
  });

  it('reports an unterminated quote instead of throwing', () => {
    const table = readCsv('A,B\n1,"never closed\n2,3\n');
    expect(table.issues.some((i) => i.level === 'warning' && i.where === '2')).toBe(true);
  });

  it('handles empty input', () => {
    expect(readCsv('')).toMatchObject({ headers: [], rows: [] });
  });

  it('never throws on random text', () => {
    const alphabet = fc.constantFrom('a', ',', ';', '\t', '"', '\n', '\r', ' ', 'N', 'é');
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: alphabet })), (text) => {
      const table = readCsv(text);
      for (const row of table.rows) expect(row.line).toBeGreaterThanOrEqual(1);
    }));
  });
});

describe('unwrapLinkedInLines', () => {
  it('leaves ordinary multi-line text alone', () => {
    expect(unwrapLinkedInLines('one\ntwo')).toBe('one\ntwo');
    expect(unwrapLinkedInLines('a "quoted" word')).toBe('a "quoted" word');
  });

  it('handles a trailing empty wrapped line', () => {
    expect(unwrapLinkedInLines('#OpenToWork"\n"')).toBe('#OpenToWork\n');
  });
});
