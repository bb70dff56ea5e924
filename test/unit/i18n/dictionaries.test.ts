import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFINED_TEXT } from '../../../renderer/src/i18n/define-text';
import { shellText } from '../../../renderer/src/i18n/shell-text';
import '../../../renderer/src/ui/ui-text';
import '../../../renderer/src/app/save-status-text';
import '../../../renderer/src/features/audit/text';
import '../../../renderer/src/features/clients/text';
import '../../../renderer/src/features/desktop/text';
import '../../../renderer/src/features/inventory/text';
import '../../../renderer/src/features/inventory/import/text';
import '../../../renderer/src/features/inventory/import/resume-text';
import '../../../renderer/src/features/plan/text';
import '../../../renderer/src/features/reports/text';
import { REPORT_TEXT } from '../../../shared/domain/report/text';
import { IMPORT_FAILURE_TEXT } from '../../../shared/domain/import/failure';
import { AUDIT_TEXT } from '../../../electron/cli/commands/audit';

/**
 * French values that are rightly the same word in English: names, and words
 * French uses as they are. Keyed "namespace:key" or just the value.
 */
const SAME_WORDS = new Set([
  'vitrine', 'linkedin', 'github', 'mastodon', 'malt', 'xing', 'x', 'bluesky', 'instagram', 'facebook', 'json', 'resume', 'csv', 'pdf', 'html', 'ics', 'https',
  'client', 'clients', 'audit', 'plan', 'score', 'version', 'sections', 'photo', 'notes', 'certifications', 'publications', 'promo', 'pt', 'ok', 'total', 'contact', 'portfolio', 'blog', 'actions', 'licence', 'pro', 'audience',
]);
/** Values the same on purpose, as "namespace:key": a language's own name. */
const SAME_KEYS = new Set(['reports:languages.fr', 'reports:languages.en']);

/** True when every word of the value is one French writes as English does (placeholders aside). */
const sameOnPurpose = (name: string, key: string, value: string): boolean =>
  SAME_KEYS.has(`${name}:${key}`) || value.replace(/\{\{[^}]*\}\}/g, ' ').toLowerCase().split(/[^\p{L}]+/u).filter(Boolean).every((w) => SAME_WORDS.has(w));

type Tree = Record<string, unknown>;

/** Leaves as "a.b.c" → value; plural forms keep their suffix (`x_one`, `x_other`). */
function leaves(tree: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (tree !== null && typeof tree === 'object' && !Array.isArray(tree)) {
    for (const [k, v] of Object.entries(tree as Tree)) leaves(v, prefix ? `${prefix}.${k}` : k, out);
  } else out.set(prefix, tree);
  return out;
}

const variables = (value: unknown): string[] => (typeof value === 'string' ? [...value.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]!).sort() : []);
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every problem found between a French and an English dictionary. */
function problems(name: string, fr: unknown, en: unknown): string[] {
  const f = leaves(fr);
  const e = leaves(en);
  const out: string[] = [];
  for (const k of f.keys()) if (!e.has(k)) out.push(`${name}: "${k}" is in French only`);
  for (const k of e.keys()) if (!f.has(k)) out.push(`${name}: "${k}" is in English only`);
  for (const [k, fv] of f) {
    if (!e.has(k)) continue;
    const ev = e.get(k);
    if (typeof fv !== typeof ev) out.push(`${name}: "${k}" is a ${typeof fv} in French, a ${typeof ev} in English`);
    if (typeof fv !== 'string' || typeof ev !== 'string') continue;
    // `count` picks the plural form: a form may leave it out ("un client").
    const fVars = variables(fv).filter((v) => !(PLURAL.test(k) && v === 'count'));
    const eVars = variables(ev).filter((v) => !(PLURAL.test(k) && v === 'count'));
    if (fVars.join() !== eVars.join()) out.push(`${name}: "${k}" has {{${fVars.join(', ')}}} in French, {{${eVars.join(', ')}}} in English`);
    if (fv === ev && !sameOnPurpose(name, k, fv)) out.push(`${name}: "${k}" is the same in French and English: "${fv}"`);
    // "client(s) lisible(s)" is no plural: use the _one and _other forms.
    for (const v of [fv, ev]) if (/\p{L}\((s|e|es|x)\)/iu.test(v)) out.push(`${name}: "${k}" writes a plural as "(s)": "${v}"`);
  }
  // French typography, as the rest of the app writes it: "l’adresse", not "l'adresse".
  for (const [k, fv] of f) if (typeof fv === 'string' && /\p{L}'\p{L}/u.test(fv)) out.push(`${name}: "${k}" has a straight apostrophe in French: "${fv}"`);
  return out;
}

/** The renderer's source files, for the count of defineText calls. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(n) ? [p] : [];
  });
}

describe('dictionaries: French and English match', () => {
  it('every renderer namespace is checked here', () => {
    const root = path.resolve(__dirname, '../../../renderer/src');
    const calls = sources(root).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/defineText\('([\w-]+)'/g)].map((m) => m[1]!));
    expect([...DEFINED_TEXT.keys()].sort()).toEqual(calls.sort());
  });

  it.each([...DEFINED_TEXT.entries(), ['shell', shellText] as const])('renderer namespace %s', (name, dict) => {
    expect(problems(name, dict.fr, dict.en)).toEqual([]);
  });

  it('the report, the CLI audit and the import failures', () => {
    expect([
      ...problems('report', REPORT_TEXT.fr, REPORT_TEXT.en),
      ...problems('cli-audit', AUDIT_TEXT.fr, AUDIT_TEXT.en),
      ...problems('import-failure', leavesByLang(IMPORT_FAILURE_TEXT, 'fr'), leavesByLang(IMPORT_FAILURE_TEXT, 'en')),
    ]).toEqual([]);
  });

  it('finds what it must find', () => {
    expect(problems('t', { a: 'Bonjour {{name}}', b: '{{n}} client(s)', c: 'Save', d: 'x', f: "l'adresse" }, { a: 'Hello {{who}}', b: '{{n}} clients', c: 'Save', e: 'y', f: "the address" })).toEqual([
      't: "d" is in French only',
      't: "e" is in English only',
      't: "a" has {{name}} in French, {{who}} in English',
      't: "b" writes a plural as "(s)": "{{n}} client(s)"',
      't: "c" is the same in French and English: "Save"',
      't: "f" has a straight apostrophe in French: "l\'adresse"',
    ]);
  });
});

/** A `{ key: { fr, en } }` table turned into one tree per language. */
function leavesByLang(table: Record<string, Record<string, { fr: string; en: string }>>, lang: 'fr' | 'en'): Tree {
  return Object.fromEntries(Object.entries(table).map(([k, parts]) => [k, Object.fromEntries(Object.entries(parts).map(([p, text]) => [p, text[lang]]))]));
}

describe('French plural forms', () => {
  it('"many" (a million) reads as "other", which i18next would not fall back to', async () => {
    const { createInstance } = await import('i18next');
    const { withMany } = await import('../../../renderer/src/i18n/index');
    const i18n = createInstance();
    await i18n.init({ lng: 'fr', resources: { fr: { translation: withMany({ n: { k_one: '{{count}} client', k_other: '{{count}} clients' } }) } } });
    expect([0, 1, 2, 1_000_000].map((count) => i18n.t('n.k', { count }))).toEqual(['0 client', '1 client', '2 clients', '1000000 clients']);
  });
});
