/**
 * Text normalisation shared by the consistency rules and the pasted-CV
 * detector. Everything works on accent-free lower case so that "Développeuse"
 * and "developpeuse" compare equal.
 */

/**
 * Lower case and accent-free form of every character up to U+024F (Latin),
 * built once: `normalize('NFD')` on whole texts was the audit's hottest spot.
 */
const LATIN = (() => {
  const table: string[] = [];
  for (let c = 0; c <= 0x24f; c++) {
    table.push(String.fromCharCode(c).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase());
  }
  // Letters that do not decompose under NFD, spelt as their plain forms are (Søren → soren, Łukasz → lukasz).
  const plain: Record<string, string> = {
    'ß': 'ss', 'ø': 'o', 'Ø': 'o', 'ł': 'l', 'Ł': 'l', 'æ': 'ae', 'Æ': 'ae', 'œ': 'oe', 'Œ': 'oe', 'đ': 'd', 'Đ': 'd',
    'ð': 'd', 'Ð': 'd', 'þ': 'th', 'Þ': 'th', 'ħ': 'h', 'Ħ': 'h', 'ı': 'i', 'ŀ': 'l', 'Ŀ': 'l', 'ŧ': 't', 'Ŧ': 't', 'ƀ': 'b', 'ŋ': 'ng', 'Ŋ': 'ng',
  };
  for (const [c, p] of Object.entries(plain)) table[c.charCodeAt(0)] = p;
  return table;
})();
const ACCENTED = /[\u00c0-\u024f]/g;
/**
 * Separators once Latin accents are gone: anything but a–z, 0–9 and the letters
 * of other scripts (Greek to Ethiopic, CJK and Hangul). A plain class, because
 * a Unicode-property one made folding twice as slow.
 */
const NON_WORD = /[^a-z0-9\u0370-\u1fff\u2e80-\ud7ff]+/g;

/**
 * Lower case with accents removed, punctuation kept ("Janv. 2020 – Présent"
 * → "janv. 2020 – present"), for patterns that need dashes and line breaks.
 */
export function lowerPlain(text: string): string {
  return text.toLowerCase().replace(ACCENTED, (c) => LATIN[c.charCodeAt(0)]!);
}

/** Lower case, accents removed, every run of punctuation or space turned into one space. */
export function fold(text: string): string {
  return foldPlain(lowerPlain(text));
}

/** `fold` for text already through `lowerPlain`. */
export function foldPlain(plain: string): string {
  return plain.replace(NON_WORD, ' ').trim();
}

export function words(text: string): string[] {
  return wordsOfPlain(lowerPlain(text));
}

/** `words` for text already through `lowerPlain`. */
export function wordsOfPlain(plain: string): string[] {
  const folded = foldPlain(plain);
  return folded === '' ? [] : folded.split(' ');
}

/** A name as an order-free key: "Dupont, Jeanne" and "jeanne dupont" give the same key. */
export function nameKey(name: string): string {
  return words(name).sort().join(' ');
}

const STOPWORDS = new Set([
  'de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', 'en', 'a', 'au', 'aux', 'chez', 'pour', 'un', 'une', 'sur',
  'the', 'of', 'and', 'at', 'in', 'for', 'to', 'an', 'on', 'with',
]);

/** English and French words for the same job, folded to one form so bilingual titles compare. */
const SAME_JOB: Readonly<Record<string, string>> = {
  developer: 'developpeur', engineer: 'ingenieur', pharmacist: 'pharmacien', freelancer: 'freelance',
  independant: 'freelance', independante: 'freelance', independent: 'freelance', consultante: 'consultant', manager: 'responsable',
};

/** Folds French feminine and plural endings so "pharmacienne" matches "pharmacien". */
const ENDINGS: readonly (readonly [string, string])[] = [['enne', 'en'], ['euse', 'eur'], ['rice', 'eur'], ['ere', 'er']];

function stem(word: string): string {
  let w = word.endsWith('s') || word.endsWith('x') ? word.slice(0, -1) : word;
  for (const [from, to] of ENDINGS) {
    if (w.endsWith(from)) {
      w = w.slice(0, -from.length) + to;
      break;
    }
  }
  return SAME_JOB[w] ?? w;
}

/** Meaningful tokens of a job title: stop words dropped, endings folded. */
export function titleTokens(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of words(text)) if (w.length > 1 && !STOPWORDS.has(w)) out.add(stem(w));
  return out;
}

/** |A ∩ B| / min(|A|, |B|): 1 when one title contains the other. */
export function overlapCoefficient(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let common = 0;
  for (const t of small) if (large.has(t)) common++;
  return common / small.size;
}

/** FNV-1a constants; the offset as a signed 32-bit integer so the hash never leaves int32. */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** The characters `NON_WORD` keeps, tested on one UTF-16 unit. */
function isWordUnit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x370 && c <= 0x1fff) || (c >= 0x2e80 && c <= 0xd7ff);
}

/** Reused by `shingleHashes` so that shingling a library allocates one array per summary. */
let scratch = new Int32Array(256);

/**
 * Word 3-shingles of text through `lowerPlain`, hashed to numbers, sorted and distinct.
 * One pass over the characters, hashing each word (FNV-1a) as it is read: the same words as
 * `wordsOfPlain`, without building them, since this runs on every summary of the library.
 * A sorted typed array rather than a Set: building Sets was most of the duplicate search.
 */
export function shingleHashes(plain: string): Int32Array {
  // A word takes at least one character and one separator.
  if (scratch.length < (plain.length >> 1) + 2) scratch = new Int32Array((plain.length >> 1) + 2);
  let n = 0;
  let count = 0;
  let first = 0;
  let second = 0;
  let h = 0;
  let inWord = false;
  const end = plain.length;
  for (let i = 0; i <= end; i++) {
    // Past the end reads as a separator, which closes the last word.
    const c = i < end ? plain.charCodeAt(i) : 0x20;
    if (isWordUnit(c)) {
      if (!inWord) h = FNV_OFFSET;
      inWord = true;
      h = Math.imul(h ^ c, FNV_PRIME);
    } else if (inWord) {
      inWord = false;
      if (count >= 2) scratch[n++] = Math.imul(Math.imul(first, FNV_PRIME) ^ second, FNV_PRIME) ^ h;
      first = second;
      second = h;
      count++;
    }
  }
  // Fewer than three words: one shingle of them all.
  if (count === 1) scratch[n++] = second;
  else if (count === 2) scratch[n++] = Math.imul(first, FNV_PRIME) ^ second;
  const sorted = scratch.slice(0, n).sort();
  let distinct = 0;
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[distinct - 1]) sorted[distinct++] = sorted[i]!;
  return sorted.subarray(0, distinct);
}

/** The set of `shingleHashes`, for callers that test membership. */
export function shingles(plain: string): Set<number> {
  return new Set(shingleHashes(plain));
}

export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const t of small) if (large.has(t)) common++;
  return common / (a.size + b.size - common);
}

/** `jaccard` of two `shingleHashes` results, by merging the sorted arrays. */
export function sortedJaccard(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let common = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return common / (a.length + b.length - common);
}

/** Length as users and networks count it: code points, not UTF-16 units. */
export function charCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/** A text's opening, at most `max` characters, cut at a word and marked "…" when cut; line breaks become spaces. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  const head = (space > max / 3 ? cut.slice(0, space) : flat.slice(0, max)).replace(/[\s,;:.!?'’"«—–-]+$/u, '');
  return `${head}…`;
}
