/**
 * French elision for messages built from pieces: "que" + "indépendante" is
 * "qu’indépendante", "de" + "Instagram" is "d’Instagram". An initial h is taken
 * as mute (hôpital, historienne), the common case in trade names.
 */
const VOWEL_START = /^[aeiouyàâäéèêëîïôöûüœæh]/i;

export function startsWithVowel(word: string): boolean {
  return VOWEL_START.test(word.trim());
}

/** "que X" or "qu’X". */
export function que(word: string): string {
  return startsWithVowel(word) ? `qu’${word.trim()}` : `que ${word.trim()}`;
}

/** "de X" or "d’X". */
export function de(word: string): string {
  return startsWithVowel(word) ? `d’${word.trim()}` : `de ${word.trim()}`;
}

/** "le X" or "l’X". */
export function le(word: string): string {
  return startsWithVowel(word) ? `l’${word.trim()}` : `le ${word.trim()}`;
}
