import { fr, enGB } from 'date-fns/locale';
import { describe, expect, it } from 'vitest';
import { dayInWords, formatLocal, localPattern } from '../../../shared/domain/dates/local-date';

describe('local dates', () => {
  it('writes the first of the month "1er" in French, other days plain, English untouched', () => {
    expect(dayInWords('2025-03-01')).toEqual({ fr: '1er mars 2025', en: '1 March 2025' });
    expect(dayInWords('2025-03-02T23:30:00.000Z')).toEqual({ fr: '2 mars 2025', en: '2 March 2025' });
    expect(formatLocal(new Date(2025, 2, 1, 9, 5), 'EEEE d MMMM, HH:mm', fr)).toBe('samedi 1er mars, 09:05');
    expect(formatLocal(new Date(2025, 2, 1), 'd MMM', enGB)).toBe('1 Mar');
  });

  it('leaves quoted text, dd and do alone', () => {
    expect(localPattern("dd/MM 'd' do d", fr)).toBe("dd/MM 'd' do do");
    expect(localPattern('PPPPp', fr)).toBe("EEEE do MMMM yyyy 'à' HH:mm");
    expect(localPattern('PPPPp', enGB)).toBe('PPPPp');
  });
});
