import type { Localized } from '../../schema/text';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** Raised when bytes are not valid text; carries a message in both languages. */
export class TextDecodeError extends Error {
  constructor(readonly localized: Localized, readonly line: number | null) {
    super(localized.en);
    this.name = 'TextDecodeError';
  }
}

/** How many leading bytes the UTF-16 sniffing looks at: enough for a header row. */
const SNIFF_BYTES = 512;

/**
 * Decodes an exported file. LinkedIn's 2018 exports are UTF-16LE with a BOM,
 * later ones UTF-8; Excel re-saves sometimes drop the BOM, hence the sniffing.
 * Throws TextDecodeError (never a bare TypeError) on invalid UTF-8.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) return { text: decodeUtf8(bytes.subarray(3)), encoding: 'utf-8' };
  if (b0 === 0xff && b1 === 0xfe) return { text: decodeUtf16le(bytes.subarray(2)), encoding: 'utf-16le' };
  if (b0 === 0xfe && b1 === 0xff) return { text: decodeUtf16le(swapPairs(bytes.subarray(2))), encoding: 'utf-16be' };
  const sniffed = sniffUtf16(bytes);
  if (sniffed === 'utf-16le') return { text: decodeUtf16le(bytes), encoding: sniffed };
  if (sniffed === 'utf-16be') return { text: decodeUtf16le(swapPairs(bytes)), encoding: sniffed };
  return { text: decodeUtf8(bytes), encoding: 'utf-8' };
}

/**
 * Mostly-ASCII UTF-16 text has a zero in every other byte; UTF-8 text has
 * none at all. Requiring most odd (or even) bytes to be zero and almost no
 * even (or odd) ones keeps binary junk from being taken for UTF-16.
 */
function sniffUtf16(bytes: Uint8Array): TextEncodingName | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  if (zeroOdd >= pairs * 0.6 && zeroEven <= pairs * 0.1) return 'utf-16le';
  if (zeroEven >= pairs * 0.6 && zeroOdd <= pairs * 0.1) return 'utf-16be';
  return null;
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // Locate the first bad byte for the message: the lenient decoder marks it with U+FFFD.
    const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const at = lenient.indexOf('\uFFFD');
    const line = at < 0 ? null : countLines(lenient, at);
    const where = line === null ? '' : ` (line ${line})`;
    const whereFr = line === null ? '' : ` (ligne ${line})`;
    throw new TextDecodeError({
      en: `The file is not valid UTF-8 text${where}. Export it again, or save it as UTF-8 (CSV UTF-8 in Excel).`,
      fr: `Le fichier n’est pas un texte UTF-8 valide${whereFr}. Exportez-le de nouveau, ou enregistrez-le en UTF-8 (CSV UTF-8 dans Excel).`,
    }, line);
  }
}

/** UTF-16 decoding is lenient: an odd trailing byte or lone surrogate becomes U+FFFD. */
function decodeUtf16le(bytes: Uint8Array): string {
  return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes);
}

/** UTF-16BE is decoded as byte-swapped LE, which every TextDecoder supports (BE needs full ICU). */
function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1] ?? 0;
    out[i + 1] = bytes[i] ?? 0;
  }
  if (bytes.length % 2 === 1) out[bytes.length - 1] = bytes[bytes.length - 1] ?? 0;
  return out;
}

function countLines(text: string, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
