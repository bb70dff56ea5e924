import { describe, expect, it } from 'vitest';
import { foldPost, postLength } from '../../../shared/domain/posts/compose';
import { defaultRegistry } from '../../../shared/domain/networks/registry';

const linkedin = defaultRegistry().get('linkedin')!.post!;

describe('post composer helpers', () => {
  it('counts characters as a reader does', () => {
    expect(postLength('café')).toBe(4);
    expect(postLength('Bravo 👏🏽 !')).toBe(9);
    expect(postLength('x'.repeat(400))).toBeGreaterThan(defaultRegistry().get('x')!.post!.maxChars);
  });

  it('shows a short post whole', () => {
    expect(foldPost('Une ligne.\nDeux lignes.', linkedin)).toEqual({ shown: 'Une ligne.\nDeux lignes.', cut: false });
  });

  it('folds after 3 lines', () => {
    const fold = foldPost('Un\nDeux\nTrois\nQuatre', linkedin);
    expect(fold).toEqual({ shown: 'Un\nDeux\nTrois', cut: true });
  });

  it('folds a long paragraph on the last space before about 210 characters', () => {
    const text = 'Je partage aujourd’hui trois leçons tirées de dix ans de pharmacie. '.repeat(6);
    const fold = foldPost(text, linkedin);
    expect(fold.cut).toBe(true);
    expect(postLength(fold.shown)).toBeLessThanOrEqual(linkedin.foldChars!);
    expect(postLength(fold.shown)).toBeGreaterThan(150);
    expect(text.startsWith(fold.shown)).toBe(true);
    expect(text[fold.shown.length]).toMatch(/\s/);
  });
});
