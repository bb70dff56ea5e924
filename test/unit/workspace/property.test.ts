import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWorkspaceFile, serializeWorkspaceFile } from '../../../shared/domain/workspace/file';
import { firstSyntaxError } from '../../../shared/domain/workspace/json-text';
import { newWorkspace } from '../../../shared/domain/workspace/factory';

describe('parseWorkspaceFile never throws', () => {
  it('on arbitrary text or JSON, and always explains a refusal', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.jsonValue().map((v) => JSON.stringify(v) ?? '')), (text) => {
      const result = parseWorkspaceFile(text);
      if (!result.ok) {
        expect(result.errors.length).toBeGreaterThan(0);
        for (const e of result.errors) expect(e.message).not.toBe('');
      }
    }), { numRuns: 400 });
  });

  it('on a valid file with one character removed or changed', () => {
    const text = serializeWorkspaceFile(newWorkspace('Test', { id: 'w', now: new Date('2025-01-01T00:00:00Z') }), new Date('2025-01-02T00:00:00Z'));
    fc.assert(fc.property(fc.nat(text.length - 1), fc.string({ maxLength: 1 }), (at, ch) => {
      parseWorkspaceFile(text.slice(0, at) + ch + text.slice(at + 1));
    }), { numRuns: 400 });
  });
});

describe('firstSyntaxError', () => {
  it('agrees with JSON.parse on where valid JSON ends', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      const text = JSON.stringify(value, null, 1) ?? 'null';
      expect(firstSyntaxError(text)).toBe(text.length);
    }), { numRuns: 300 });
  });
});
