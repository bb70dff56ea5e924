import type { z } from 'zod';
import type { Lang, Localized } from './text';

/** A problem in a file, located by a field path such as "workspace.profiles[2].url". */
export interface FieldError { path: string; message: string }

/** "workspace" + ["profiles", 2, "url"] → "workspace.profiles[2].url". */
export function formatPath(prefix: string, path: readonly PropertyKey[]): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** What a JSON value is, in words, for "expected a string, got a number". */
export function describeValue(value: unknown): Localized {
  if (value === undefined) return { fr: 'rien (champ absent)', en: 'nothing (field missing)' };
  if (value === null) return { fr: 'null', en: 'null' };
  if (Array.isArray(value)) return { fr: 'une liste', en: 'a list' };
  switch (typeof value) {
    case 'string': return { fr: 'un texte', en: 'a string' };
    case 'number': return { fr: 'un nombre', en: 'a number' };
    case 'boolean': return { fr: 'un booléen', en: 'a boolean' };
    case 'object': return { fr: 'un objet', en: 'an object' };
    default: return { fr: typeof value, en: typeof value };
  }
}

const EXPECTED: Record<string, Localized> = {
  string: { fr: 'un texte', en: 'a string' },
  number: { fr: 'un nombre', en: 'a number' },
  int: { fr: 'un nombre entier', en: 'a whole number' },
  boolean: { fr: 'un booléen (true/false)', en: 'a boolean (true/false)' },
  object: { fr: 'un objet', en: 'an object' },
  array: { fr: 'une liste', en: 'a list' },
  record: { fr: 'un objet', en: 'an object' },
};

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function sizeWord(origin: string, lang: Lang): string {
  if (origin === 'string') return lang === 'fr' ? 'caractères' : 'characters';
  if (origin === 'array') return lang === 'fr' ? 'éléments' : 'items';
  return '';
}

/** One zod issue in plain words; zod's own messages are English-only and too terse. */
export function describeIssue(issue: z.core.$ZodIssue, root: unknown, lang: Lang): string {
  const got = describeValue(valueAt(root, issue.path))[lang];
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected]?.[lang] ?? issue.expected;
      return lang === 'fr' ? `attendu : ${expected}, reçu : ${got}` : `expected ${expected}, got ${got}`;
    }
    case 'too_big': {
      const unit = sizeWord(issue.origin, lang);
      return lang === 'fr' ? `trop grand (maximum ${String(issue.maximum)} ${unit})`.replace(' )', ')')
        : `too large (at most ${String(issue.maximum)} ${unit})`.replace(' )', ')');
    }
    case 'too_small': {
      const unit = sizeWord(issue.origin, lang);
      if (issue.origin === 'string' && issue.minimum === 1) return lang === 'fr' ? 'ne doit pas être vide' : 'must not be empty';
      return lang === 'fr' ? `trop petit (minimum ${String(issue.minimum)} ${unit})`.replace(' )', ')')
        : `too small (at least ${String(issue.minimum)} ${unit})`.replace(' )', ')');
    }
    case 'invalid_format': {
      if (issue.format === 'datetime') {
        return lang === 'fr' ? 'attendu : une date-heure ISO, ex. 2025-03-01T09:00:00Z' : 'expected an ISO date-time, e.g. 2025-03-01T09:00:00Z';
      }
      const value = valueAt(root, issue.path);
      const shown = typeof value === 'string' ? ` (${JSON.stringify(value.slice(0, 60))})` : '';
      return lang === 'fr' ? `format invalide${shown}` : `${issue.message || 'invalid format'}${shown}`;
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return lang === 'fr' ? `valeur non reconnue ; valeurs possibles : ${allowed}` : `unknown value; allowed: ${allowed}`;
    }
    default:
      return lang === 'fr' ? `valeur invalide (${got})` : `invalid value (${issue.message})`;
  }
}

/** All issues of a failed zod parse, located under `prefix`. */
export function describeZodError(error: z.ZodError, root: unknown, prefix: string, lang: Lang): FieldError[] {
  return error.issues.map((issue) => ({ path: formatPath(prefix, issue.path), message: describeIssue(issue, root, lang) }));
}

/** One line for an error envelope or a log: the first few issues, "path: message; …". */
export function summarizeZodError(error: z.ZodError, root: unknown, lang: Lang = 'en', max = 3): string {
  const errs = describeZodError(error, root, '', lang);
  const head = errs.slice(0, max).map((e) => `${e.path || '(root)'}: ${e.message}`).join('; ');
  return errs.length > max ? `${head}; and ${errs.length - max} more` : head;
}
