import type { Lang } from '../../schema/text';

export type JsonTextResult = { ok: true; value: unknown } | { ok: false; line: number; column: number; message: string };

/**
 * JSON.parse with a located error. Engines word (and position) their syntax
 * errors differently — Node says "at position 11", Chromium adds a line — so
 * on failure we rescan the text ourselves to find the first bad character.
 */
export function parseJsonText(text: string, lang: Lang = 'en'): JsonTextResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(source) as unknown };
  } catch {
    const offset = firstSyntaxError(source);
    const { line, column } = lineColumn(source, offset);
    const message = offset >= source.length
      ? (lang === 'fr' ? 'JSON invalide : fin de fichier inattendue' : 'invalid JSON: unexpected end of file')
      : (lang === 'fr'
        ? `JSON invalide : caractère inattendu ${JSON.stringify(source[offset])} ligne ${line}, colonne ${column}`
        : `invalid JSON: unexpected character ${JSON.stringify(source[offset])} at line ${line}, column ${column}`);
    return { ok: false, line, column, message };
  }
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text[i] === '\n') { line += 1; lineStart = i + 1; }
  }
  return { line, column: offset - lineStart + 1 };
}

class SyntaxAt { constructor(readonly offset: number) {} }

/** Offset of the first character that makes `text` invalid JSON (text.length for a premature end). */
export function firstSyntaxError(text: string): number {
  let i = 0;
  const fail = (): never => { throw new SyntaxAt(i); };
  const ws = (): void => { while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i += 1; };
  const literal = (word: string): void => {
    for (const ch of word) { if (text[i] !== ch) fail(); i += 1; }
  };
  const string = (): void => {
    i += 1; // opening quote
    while (i < text.length) {
      const ch = text[i] as string;
      if (ch === '"') { i += 1; return; }
      if (ch < ' ') fail();
      if (ch === '\\') {
        i += 1;
        if (text[i] === 'u') {
          for (let k = 0; k < 4; k += 1) { i += 1; if (!/[0-9a-fA-F]/.test(text[i] ?? '')) fail(); }
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
      }
      i += 1;
    }
    fail();
  };
  const number = (): void => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match || match[0] === '' || match[0] === '-') fail();
    i += (match as RegExpExecArray)[0].length;
  };
  const container = (close: string, member: () => void): void => {
    i += 1;
    ws();
    if (text[i] === close) { i += 1; return; }
    for (;;) {
      member();
      ws();
      if (text[i] === ',') { i += 1; ws(); continue; }
      if (text[i] === close) { i += 1; return; }
      fail();
    }
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') {
      container('}', () => {
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i += 1;
        value();
      });
    } else if (ch === '[') container(']', value);
    else if (ch === '"') string();
    else if (ch === 't') literal('true');
    else if (ch === 'f') literal('false');
    else if (ch === 'n') literal('null');
    else number();
  };
  try {
    value();
    ws();
    return i < text.length ? i : text.length;
  } catch (error) {
    if (error instanceof SyntaxAt) return Math.min(error.offset, text.length);
    return 0;
  }
}
