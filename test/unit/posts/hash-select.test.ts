import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fnv1a64 } from '../../../shared/domain/posts';
import { medianInPlace } from '../../../shared/domain/posts/select';

describe('fnv1a64', () => {
  it('matches the published FNV-1a 64-bit test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('hashes UTF-8 bytes', () => {
    expect(fnv1a64('é')).not.toBe(fnv1a64('e'));
    expect(fnv1a64('é')).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('medianInPlace', () => {
  it('agrees with sorting', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 200 }), (values) => {
      const sorted = [...values].sort((a, b) => a - b);
      const mid = sorted.length >> 1;
      const expected = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
      expect(medianInPlace(Float64Array.from(values))).toBe(expected);
    }));
  });

  it('is NaN for no values', () => {
    expect(medianInPlace(new Float64Array())).toBeNaN();
  });
});
