/**
 * Text normalisation shared by the consistency rules and the pasted-CV
 * detector. Everything works on accent-free lower case so that "Développeuse"
 * and "developpeuse" compare equal.
 */

const DIACRITICS = /[\u0300-\u036f]/g;
const NON_WORD = /[^a-z0-9]+/g;

/** Lower case, accents removed, every run of punctuation or space turned into one space. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(DIACRITICS, '').toLowerCase().replace(NON_WORD, ' ').trim();
}

export function words(text: string): string[] {
  const folded = fold(text);
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
function stem(word: string): string {
  const folded = word
    .replace(/s$|x$/, '')
    .replace(/enne$/, 'en')
    .replace(/euse$/, 'eur')
    .replace(/rice$/, 'eur')
    .replace(/ere$/, 'er');
  return SAME_JOB[folded] ?? folded;
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

/** Word 3-shingles, hashed to numbers to keep the sets small and fast. */
export function shingles(text: string): Set<number> {
  const w = words(text);
  const out = new Set<number>();
  if (w.length < 3) {
    if (w.length > 0) out.add(hash(w.join(' ')));
    return out;
  }
  for (let i = 0; i + 2 < w.length; i++) out.add(hash(`${w[i]} ${w[i + 1]} ${w[i + 2]}`));
  return out;
}

export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const t of small) if (large.has(t)) common++;
  return common / (a.size + b.size - common);
}

/** FNV-1a, 32 bits. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
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
