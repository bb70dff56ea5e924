import type { ImportIssue } from '../../schema/import-plan';
import type { Lang } from '../../schema/text';
import { describeValue } from '../../schema/zod-issues';

export type Json = Record<string, unknown>;

/** Collects what was read loosely: a wrong-typed field is skipped with an issue, never fatal. */
export class Reader {
  readonly issues: ImportIssue[] = [];

  constructor(readonly lang: Lang) {}

  say(fr: string, en: string): string {
    return this.lang === 'fr' ? fr : en;
  }

  note(level: ImportIssue['level'], where: string, fr: string, en: string): void {
    this.issues.push({ level, file: null, where, message: this.say(fr, en) });
  }

  private wrongType(where: string, expected: { fr: string; en: string }, value: unknown): void {
    const got = describeValue(value);
    this.note('warning', where, `attendu : ${expected.fr}, reçu : ${got.fr} ; ignoré`, `expected ${expected.en}, got ${got.en}; ignored`);
  }

  /** A text field; numbers are accepted as text ("startDate": 2013), anything else is reported. */
  text(from: Json, key: string, where: string): string {
    const value = from[key];
    if (value === undefined) return '';
    if (typeof value === 'string') return value.trim();
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    this.wrongType(at(where, key), { fr: 'un texte', en: 'a string' }, value);
    return '';
  }

  /** Type-checks text fields Vitrine does not keep, so a malformed résumé is still reported. */
  checkText(from: Json, keys: readonly string[], where: string): void {
    for (const key of keys) this.text(from, key, where);
  }

  object(from: Json, key: string, where: string): Json | null {
    const value = from[key];
    if (value === undefined) return null;
    if (isObject(value)) return value;
    this.wrongType(at(where, key), { fr: 'un objet', en: 'an object' }, value);
    return null;
  }

  list(from: Json, key: string, where: string): unknown[] {
    const value = from[key];
    if (value === undefined) return [];
    if (Array.isArray(value)) return value;
    this.wrongType(at(where, key), { fr: 'une liste', en: 'a list' }, value);
    return [];
  }

  /** Items of a list that are objects; others are reported by index. */
  objects(from: Json, key: string, where: string): { item: Json; index: number }[] {
    const out: { item: Json; index: number }[] = [];
    this.list(from, key, where).forEach((item, index) => {
      if (isObject(item)) out.push({ item, index });
      else this.wrongType(`${at(where, key)}[${index}]`, { fr: 'un objet', en: 'an object' }, item);
    });
    return out;
  }

  /** Cuts a value to the workspace's limit, saying so. */
  clip(value: string, max: number, where: string): string {
    if (value.length <= max) return value;
    this.note('warning', where, `tronqué à ${max} caractères`, `cut to ${max} characters`);
    return value.slice(0, max);
  }
}

export function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** "basics" + "email" → "basics.email"; "" + "work" → "work". */
export function at(where: string, key: string): string {
  return where === '' ? key : `${where}.${key}`;
}
