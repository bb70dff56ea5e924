/**
 * Theme and content rules: no-theme, duplicate-theme, off-theme-post,
 * same-content-everywhere. Text is compared accent-free and lower case
 * (audit/text.ts), so "Santé" and "sante" match.
 *
 * Thresholds (Vitrine editorial defaults, tuned on small fictional cases):
 * - duplicate-theme: title words overlapping by 80 % (one title inside the
 *   other), or keyword sets with a Jaccard index of 0.6 or more.
 * - same-content-everywhere: texts of 40 characters or more, on different
 *   networks within 24 hours, whose word 3-shingles have a Jaccard index of
 *   0.6 or more (a light rewording still counts as the same text).
 * - off-theme-post: a published post of the last 30 days, with some text,
 *   sharing no word with its profile's theme title and keywords.
 */
import type { Finding } from '../../schema/finding';
import type { Post, Profile, Theme } from '../../schema/workspace';
import { dayInWords } from '../audit/dates';
import { excerpt, fold, jaccard, overlapCoefficient, shingles, titleTokens } from '../audit/text';
import { DAY_MS, makeFinding, ownerLabel, RECENT_DAYS, type DatedPost, type PlanCheck } from './plan-check';
import { PLAN_RULES } from './plan-rules';

const TITLE_OVERLAP = 0.8;
const KEYWORD_JACCARD = 0.6;
const SAME_TEXT_JACCARD = 0.6;
const SAME_TEXT_MIN_CHARS = 40;

const isEmptyTheme = (t: Theme | null): boolean => !t || (t.title.trim() === '' && t.keywords.every((k) => k.trim() === ''));

/** A profile that is meant to post: it has a cadence, or its network recommends posting. */
function postsOn(check: PlanCheck, p: Profile): boolean {
  return p.cadence !== null || (check.registry.get(p.network)?.posting?.minPerWeek ?? 0) > 0;
}

export function noThemeFindings(check: PlanCheck): Finding[] {
  return check.judged.filter((p) => postsOn(check, p) && isEmptyTheme(p.theme)).map((p) => {
    const who = ownerLabel(check, p.id, p.network);
    return makeFinding(PLAN_RULES.noTheme, { profileId: p.id, network: p.network }, {
      fr: `${who.fr} : aucun thème de publication défini.`,
      en: `${who.en}: no posting theme set.`,
    });
  });
}

function themeSimilar(a: Theme, b: Theme): boolean {
  const ta = titleTokens(a.title);
  const tb = titleTokens(b.title);
  if (ta.size > 0 && tb.size > 0 && overlapCoefficient(ta, tb) >= TITLE_OVERLAP) return true;
  const ka = new Set(a.keywords.map(fold).filter((k) => k !== ''));
  const kb = new Set(b.keywords.map(fold).filter((k) => k !== ''));
  if (ka.size < 2 || kb.size < 2) return false;
  let common = 0;
  for (const k of ka) if (kb.has(k)) common++;
  return common / (ka.size + kb.size - common) >= KEYWORD_JACCARD;
}

export function duplicateThemeFindings(check: PlanCheck): Finding[] {
  const themed = check.judged.filter((p) => !isEmptyTheme(p.theme));
  const out: Finding[] = [];
  themed.forEach((later, j) => {
    for (const earlier of themed.slice(0, j)) {
      if (!themeSimilar(earlier.theme as Theme, later.theme as Theme)) continue;
      const a = ownerLabel(check, earlier.id, earlier.network);
      const b = ownerLabel(check, later.id, later.network);
      out.push(makeFinding(PLAN_RULES.duplicateTheme, { profileId: later.id, network: later.network, detail: earlier.id }, {
        fr: `${b.fr} a le même thème que ${a.fr} (« ${later.theme?.title} »).`,
        en: `${b.en} has the same theme as ${a.en} ("${later.theme?.title}").`,
      }));
    }
  });
  return out;
}

function themeWords(t: Theme): Set<string> {
  const out = titleTokens(t.title);
  for (const k of t.keywords) for (const w of titleTokens(k)) out.add(w);
  return out;
}

export function offThemeFindings(check: PlanCheck): Finding[] {
  const out: Finding[] = [];
  const from = check.now - RECENT_DAYS * DAY_MS;
  for (const p of check.judged) {
    if (isEmptyTheme(p.theme)) continue;
    const words = themeWords(p.theme as Theme);
    for (const { post } of check.postsByOwner.get(p.id) ?? []) {
      const ms = Date.parse(post.date);
      if (post.status !== 'published' || ms < from || ms > check.now || post.text.trim() === '') continue;
      const postWords = titleTokens(`${post.text} ${post.theme}`);
      if ([...postWords].some((w) => words.has(w))) continue;
      const who = ownerLabel(check, p.id, p.network);
      const text = excerpt(post.text);
      const day = dayInWords(post.date);
      out.push(makeFinding(PLAN_RULES.offTheme, { profileId: p.id, network: p.network, detail: post.id }, {
        fr: `${who.fr} : la publication du ${day.fr} (« ${text} ») ne reprend aucun mot-clé du thème « ${p.theme?.title} ».`,
        en: `${who.en}: the post of ${day.en} ("${text}") uses none of the keywords of the theme "${p.theme?.title}".`,
      }));
    }
  }
  return out;
}

interface TextPost { post: Post; ms: number; shingles: Set<number>; folded: string }

function find(parent: number[], i: number): number {
  while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
  return i;
}

/** Groups of near-identical texts posted on at least two networks within a day. */
function sameTextGroups(posts: TextPost[]): TextPost[][] {
  const parent = posts.map((_, i) => i);
  for (let i = 0; i < posts.length; i++) {
    const a = posts[i] as TextPost;
    for (let j = i + 1; j < posts.length && (posts[j] as TextPost).ms - a.ms <= DAY_MS; j++) {
      const b = posts[j] as TextPost;
      if (a.post.network === b.post.network) continue;
      if (a.folded === b.folded || jaccard(a.shingles, b.shingles) >= SAME_TEXT_JACCARD) parent[find(parent, j)] = find(parent, i);
    }
  }
  const groups = new Map<number, TextPost[]>();
  posts.forEach((p, i) => {
    const root = find(parent, i);
    const group = groups.get(root);
    if (group) group.push(p); else groups.set(root, [p]);
  });
  return [...groups.values()].filter((g) => new Set(g.map((p) => p.post.network)).size > 1);
}

export function sameContentFindings(check: PlanCheck): Finding[] {
  const from = check.now - RECENT_DAYS * DAY_MS;
  // Planned posts count too: the warning is most useful before publishing.
  const posts: TextPost[] = [...check.postsByOwner.values()].flat()
    .filter((d: DatedPost) => d.ms >= from && d.post.status !== 'skipped')
    .map((d) => ({ ...d, folded: fold(d.post.text) }))
    .filter((d) => d.folded.length >= SAME_TEXT_MIN_CHARS)
    .map((d) => ({ ...d, shingles: shingles(d.post.text) }))
    .sort((a, b) => a.ms - b.ms);
  return sameTextGroups(posts).map((group) => {
    const first = group[0] as TextPost;
    const labels = [...new Set(group.map((g) => check.registry.get(g.post.network)?.label ?? g.post.network))].join(', ');
    const ids = group.map((g) => g.post.id).sort();
    return makeFinding(PLAN_RULES.sameContent, { profileId: null, network: null, detail: ids[0] as string }, {
      fr: `Le même texte est publié le ${dayInWords(first.post.date).fr} sur ${labels} (« ${excerpt(first.post.text)} »).`,
      en: `The same text is posted on ${dayInWords(first.post.date).en} on ${labels} ("${excerpt(first.post.text)}").`,
    });
  });
}
