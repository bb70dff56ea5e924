import { describe, expect, it } from 'vitest';
import { CLOSE_CHOICES, CLOSE_TEXT, mayClose, type CloseChoice } from '../../../electron/main/quit-guard';

function guard(opts: { saved: boolean; answers: CloseChoice[]; copies?: boolean[] }) {
  const asked: CloseChoice[] = [];
  const copies = [...(opts.copies ?? [])];
  let copyAttempts = 0;
  const g = {
    flush: () => opts.saved,
    ask: () => {
      const a = opts.answers[asked.length];
      if (!a) throw new Error('asked once too often');
      asked.push(a);
      return a;
    },
    saveCopy: () => {
      copyAttempts++;
      return copies.shift() ?? false;
    },
  };
  return { g, asked, attempts: () => copyAttempts };
}

describe('mayClose: quitting with unsaved changes asks first', () => {
  it('closes without asking when everything is on disk', () => {
    const { g, asked } = guard({ saved: true, answers: [] });
    expect(mayClose(g)).toBe(true);
    expect(asked).toEqual([]);
  });

  it('stays open when the user cancels', () => {
    const { g, asked } = guard({ saved: false, answers: ['cancel'] });
    expect(mayClose(g)).toBe(false);
    expect(asked).toEqual(['cancel']);
  });

  it('quits when the user accepts the loss', () => {
    expect(mayClose(guard({ saved: false, answers: ['quit'] }).g)).toBe(true);
  });

  it('quits once a copy is saved, and asks again when the copy was cancelled or failed', () => {
    const { g, asked, attempts } = guard({ saved: false, answers: ['save-copy', 'save-copy', 'cancel'], copies: [false, false] });
    expect(mayClose(g)).toBe(false);
    expect(asked).toEqual(['save-copy', 'save-copy', 'cancel']);
    expect(attempts()).toBe(2);
    expect(mayClose(guard({ saved: false, answers: ['save-copy'], copies: [true] }).g)).toBe(true);
  });

  it('has a button per choice, in French and English', () => {
    for (const lang of ['fr', 'en'] as const) expect(CLOSE_TEXT[lang].buttons).toHaveLength(CLOSE_CHOICES.length);
    expect(CLOSE_TEXT.fr.detail('EACCES')).toContain('Détails : EACCES');
  });
});
