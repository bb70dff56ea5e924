import { enGB, enUS, fr } from 'date-fns/locale';
import { describe, expect, it } from 'vitest';
import { dayPlaceholder, dayToText, textToDay, textToTime, timeToText } from '../../../shared/domain/dates/local-input';

describe('date and time fields in the app language', () => {
  it('shows and reads days in the locale pattern', () => {
    expect(dayToText('2025-03-01', fr)).toBe('01/03/2025');
    expect(dayToText('2025-03-01', enUS)).toBe('03/01/2025');
    expect(textToDay('01/03/2025', fr)).toBe('2025-03-01');
    expect(textToDay('1/3/2025', fr)).toBe('2025-03-01');
    expect(textToDay('03/01/2025', enUS)).toBe('2025-03-01');
    expect(textToDay('2025-03-01', enGB)).toBe('2025-03-01');
    expect(dayPlaceholder(fr)).toBe('jj/mm/aaaa');
  });

  it('refuses what is not a date', () => {
    expect(textToDay('31/02/2025', fr)).toBeNull();
    expect(textToDay('13/13/2025', fr)).toBeNull();
    expect(textToDay('demain', fr)).toBeNull();
    expect(textToDay('', fr)).toBeNull();
  });

  it('shows times in 24 hours in French, 12 in American English, and reads both', () => {
    expect(timeToText('14:05', fr)).toBe('14:05');
    expect(timeToText('14:05', enUS)).toBe('2:05 PM');
    expect(textToTime('14:05', fr)).toBe('14:05');
    expect(textToTime('14h05', fr)).toBe('14:05');
    expect(textToTime('2:05 PM', enUS)).toBe('14:05');
    expect(textToTime('14:05', enUS)).toBe('14:05');
    expect(textToTime('25:00', fr)).toBeNull();
    expect(textToTime('midi', fr)).toBeNull();
  });
});
