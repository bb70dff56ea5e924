import { describe, expect, it } from 'vitest';
import { tradeText } from '../../../shared/domain/audit/trade-text';

const person = (trade: string, headline = '', titles: string[] = []) => ({ trade, headline, positions: titles.map((title) => ({ title })) as never });

describe('tradeText', () => {
  it('shows a catalog id as the label in the app language, agreeing with the headline in French', () => {
    expect(tradeText(person('developer', 'Développeuse React freelance à Nantes'), 'fr')).toBe('développeuse');
    expect(tradeText(person('developer', 'Développeuse React freelance à Nantes'), 'en')).toBe('developer');
    expect(tradeText(person('nurse', '', ['Infirmier de nuit']), 'fr')).toBe('infirmier');
    expect(tradeText(person('Sports-Coach'), 'fr')).toBe('coach sportif ou coach sportive');
  });

  it('keeps the user’s own words as typed', () => {
    expect(tradeText(person('développeuse front-end'), 'en')).toBe('développeuse front-end');
    expect(tradeText(person(''), 'fr')).toBe('');
  });
});
