import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeText, TextDecodeError } from '../../../shared/domain/csv';
import { swapPairs as swap, utf16le } from '../../fixtures/posts/bytes';

const SAMPLE = '"Date"\t"Share Commentary"\n"2017/06/08 08:15:44 UTC"\t"Café ☕ déjà"\n';

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(new TextEncoder().encode('Date,Text\né,ü'))).toEqual({ text: 'Date,Text\né,ü', encoding: 'utf-8' });
  });

  it('strips a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('A,B')]);
    expect(decodeText(bytes)).toEqual({ text: 'A,B', encoding: 'utf-8' });
  });

  it('reads UTF-16LE with a BOM (LinkedIn 2018) and strips the BOM', () => {
    expect(decodeText(utf16le(SAMPLE, true))).toEqual({ text: SAMPLE, encoding: 'utf-16le' });
  });

  it('recognises UTF-16LE without a BOM', () => {
    expect(decodeText(utf16le(SAMPLE, false))).toEqual({ text: SAMPLE, encoding: 'utf-16le' });
  });

  it('reads UTF-16BE with and without a BOM', () => {
    expect(decodeText(swap(utf16le(SAMPLE, true)))).toEqual({ text: SAMPLE, encoding: 'utf-16be' });
    expect(decodeText(swap(utf16le(SAMPLE, false)))).toEqual({ text: SAMPLE, encoding: 'utf-16be' });
  });

  it('reports invalid UTF-8 with its line, in both languages', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('A,B\nok,ok\n'), 0xc3, 0x28, 0x0a]);
    let error: unknown;
    try { decodeText(bytes); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(TextDecodeError);
    const decodeError = error as TextDecodeError;
    expect(decodeError.line).toBe(3);
    expect(decodeError.localized.en).toContain('line 3');
    expect(decodeError.localized.fr).toContain('ligne 3');
  });

  it('handles empty and one-byte input', () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0x41]))).toEqual({ text: 'A', encoding: 'utf-8' });
  });

  it('never throws anything but TextDecodeError on random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      try {
        const { text } = decodeText(bytes);
        expect(typeof text).toBe('string');
      } catch (e) {
        expect(e).toBeInstanceOf(TextDecodeError);
      }
    }));
  });
});
