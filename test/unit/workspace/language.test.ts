import { describe, expect, it } from 'vitest';
import { languageKey, languageName } from '../../../shared/domain/workspace/language';

describe('languageKey', () => {
  it('gives one key for a code and its English or French name', () => {
    for (const s of ['fr', 'FR', 'fr-FR', 'French', 'français', 'Français ']) expect(languageKey(s)).toBe('fr');
    expect(languageKey('English')).toBe('en');
    expect(languageKey('anglais')).toBe('en');
    expect(languageKey('Klingon')).toBe('klingon');
  });
});

describe('languageName', () => {
  it('spells out bare codes in the interface language and keeps names', () => {
    expect(languageName('it', 'en')).toBe('Italian');
    expect(languageName('it', 'fr')).toBe('italien');
    expect(languageName('Italiano', 'en')).toBe('Italiano');
    expect(languageName('xq', 'en')).toBe('xq');
  });
});
