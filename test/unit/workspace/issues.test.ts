import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { describeZodError, formatPath } from '../../../shared/schema/zod-issues';

const Schema = z.object({
  name: z.string().min(1).max(5),
  tags: z.array(z.string()).max(1),
  kind: z.enum(['a', 'b']),
  at: z.iso.datetime({ offset: true }),
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'),
  count: z.number().int().min(2),
  extra: z.union([z.number(), z.boolean()]),
});

function describe2(value: unknown, lang: 'fr' | 'en') {
  const result = Schema.safeParse(value);
  if (result.success) throw new Error('expected a failure');
  return Object.fromEntries(describeZodError(result.error, value, 'root', lang).map((e) => [e.path, e.message]));
}

const bad = { name: 'too long', tags: ['a', 'b'], kind: 'c', at: 'yesterday', day: '01/02/2025', count: 1, extra: 'x' };

describe('describeZodError', () => {
  it('words every kind of issue in English under its path', () => {
    expect(describe2(bad, 'en')).toEqual({
      'root.name': 'too large (at most 5 characters)',
      'root.tags': 'too large (at most 1 items)',
      'root.kind': 'unknown value; allowed: "a", "b"',
      'root.at': 'expected an ISO date-time, e.g. 2025-03-01T09:00:00Z',
      'root.day': 'expected a date as YYYY-MM-DD ("01/02/2025")',
      'root.count': 'too small (at least 2)',
      'root.extra': expect.stringMatching(/^invalid value/),
    });
  });

  it('and in French', () => {
    expect(describe2({ ...bad, name: '' }, 'fr')).toMatchObject({
      'root.name': 'ne doit pas être vide',
      'root.tags': 'trop grand (maximum 1 éléments)',
      'root.kind': 'valeur non reconnue ; valeurs possibles : "a", "b"',
      'root.day': 'format invalide ("01/02/2025")',
      'root.count': 'trop petit (minimum 2)',
    });
  });
});

describe('formatPath', () => {
  it('joins keys with dots and indexes with brackets', () => {
    expect(formatPath('workspace', ['profiles', 2, 'url'])).toBe('workspace.profiles[2].url');
    expect(formatPath('', ['format'])).toBe('format');
    expect(formatPath('', [0, 'a'])).toBe('[0].a');
  });
});
