import type { PostLimits } from '../../schema/network';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Characters as a reader counts them: an emoji or an accented letter is one (X weighs some as two: see the catalog's source note). */
export function postLength(text: string): number {
  return [...graphemes.segment(text)].length;
}

/** The first `n` graphemes of a text. */
function head(text: string, n: number): string {
  let out = '';
  let i = 0;
  for (const { segment } of graphemes.segment(text)) {
    if (i++ >= n) break;
    out += segment;
  }
  return out;
}

export interface Fold {
  /** What the feed shows before "see more". */
  shown: string;
  /** True when the feed hides the rest behind "see more". */
  cut: boolean;
}

/**
 * Where a feed folds a post (LinkedIn: about 3 lines or 210 characters, whichever
 * comes first): the lines up to `foldLines`, then cut at `foldChars` on the last
 * space before it, as the feed does not split a word.
 */
export function foldPost(text: string, limits: Pick<PostLimits, 'foldChars' | 'foldLines'>): Fold {
  const trimmed = text.trimEnd();
  let shown = trimmed;
  if (limits.foldLines !== undefined) shown = shown.split('\n').slice(0, limits.foldLines).join('\n');
  if (limits.foldChars !== undefined && postLength(shown) > limits.foldChars) {
    const cut = head(shown, limits.foldChars);
    const space = cut.search(/\s\S*$/);
    shown = space > limits.foldChars / 2 ? cut.slice(0, space) : cut;
  }
  shown = shown.trimEnd();
  return { shown, cut: shown.length < trimmed.length };
}
