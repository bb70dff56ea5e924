import type { PersonFacts } from './context';

/**
 * Tells a pasted CV from a summary. Each signal adds to a score; the summary
 * is called a pasted CV at PASTED_CV_THRESHOLD or more, so a single date or
 * a single bullet list never fires on its own.
 */
export interface CvSignal {
  kind: 'dated-lines' | 'section-headers' | 'bullets' | 'third-person' | 'positions';
  count: number;
  weight: number;
}

export interface CvAssessment {
  pasted: boolean;
  score: number;
  signals: CvSignal[];
}

export const PASTED_CV_THRESHOLD = 4;

const YEAR = String.raw`(?:19|20)\d{2}`;
const MONTH = String.raw`(?:janv|fevr|mars|avr|mai|juin|juil|aout|sept|oct|nov|dec|jan|feb|mar|apr|may|jun|jul|aug|sep|january|february|march|april|june|july|august|september|october|november|december|janvier|fevrier|avril|juillet|septembre|octobre|novembre|decembre)\.?`;
const WHEN = String.raw`(?:${MONTH}\s+)?(?:\d{1,2}/)?${YEAR}`;
const UNTIL = String.raw`(?:${WHEN}|present|aujourd'?hui|now|today|current|actuel(?:lement)?|ce jour|en cours)`;
/** "2019 – 2021", "janv. 2020 - présent", "03/2018 à 2020", on folded text (accents removed). */
const YEAR_ANYWHERE = /(?:19|20)\d{2}/;
const DATE_RANGE = new RegExp(String.raw`${WHEN}\s*(?:-|–|—|à|a|to|au|until)\s*${UNTIL}`);
const HEADER = /^(?:experiences?(?: professionnelles?)?|professional experience|work experience|experience|education|formations?|diplomes?|competences?|skills|langues|languages|certifications?|parcours|centres d'interet|interests|references)\s*:?$/;
const BULLET = /^\s*(?:[-•*▪◦–—·]|\d+[.)])\s+\S/;
/** On plain text: the pronoun or the name, one space, a verb of presentation. */
const THIRD_PERSON = /\b(?:il|elle) (?:est|a|possede|travaille|accompagne|aide|intervient|dispose|maitrise)\b|\b(?:he|she) (?:is|has|works|helps|holds|leads)\b/g;

function thirdPersonByName(nameWords: readonly string[]): RegExp | null {
  if (nameWords.length === 0) return null;
  const names = nameWords.map((w) => w.replace(/[^a-z0-9]/g, '')).filter((w) => w.length >= 2).join('|');
  return names === '' ? null : new RegExp(String.raw`\b(?:${names}) (?:est|a|possede|travaille|accompagne|aide|intervient|is|has|works|helps|leads)\b`, 'g');
}

const nameRegexCache = new WeakMap<PersonFacts, RegExp | null>();

/** Per person, the assessment of each distinct summary: one summary is often pasted on several profiles. */
const assessments = new WeakMap<PersonFacts, Map<string, Readonly<CvAssessment>>>();

/** `plain`: the summary through `lowerPlain` (lower case, no accents, punctuation kept). */
export function assessPastedCv(plain: string, person: PersonFacts): Readonly<CvAssessment> {
  let byText = assessments.get(person);
  if (!byText) assessments.set(person, (byText = new Map()));
  let found = byText.get(plain);
  if (!found) byText.set(plain, (found = assess(plain, person)));
  return found;
}

/**
 * A quoted testimonial with its attribution: « … » — Nadia Ferhat, "…" - Jo, “…” (Jo, CEO).
 * Someone else speaking of the person in the third person is a testimonial, not CV writing.
 */
const TESTIMONIAL = /(?:«[^»]{15,}»|"[^"]{15,}"|“[^”]{15,}”)\s*[,.]?\s*(?:[—–-]{1,2}\s*\p{L}|\(\s*\p{L})/gu;

function assess(summary: string, person: PersonFacts): CvAssessment {
  const plain = summary.replace(TESTIMONIAL, ' ');
  const signals: CvSignal[] = [];
  const add = (kind: CvSignal['kind'], count: number, weight: number) => {
    if (count > 0 && weight > 0) signals.push({ kind, count, weight });
  };
  let dated = 0;
  let headers = 0;
  let bullets = 0;
  // Folding drops the dashes and line breaks these patterns need, so they read the plain form.
  for (const raw of plain.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    if (BULLET.test(line)) bullets++;
    if (YEAR_ANYWHERE.test(line) && DATE_RANGE.test(line)) dated++;
    if (line.length <= 40 && HEADER.test(line.replace(/[^a-z' :]/g, ' ').replace(/\s+/g, ' ').trim())) headers++;
  }
  add('dated-lines', dated, Math.min(dated, 3));
  add('section-headers', headers, Math.min(headers * 2, 4));
  add('bullets', bullets, bullets >= 3 ? 1 : 0);

  let nameRe = nameRegexCache.get(person);
  if (nameRe === undefined) {
    nameRe = thirdPersonByName(person.nameWords);
    nameRegexCache.set(person, nameRe);
  }
  const third = (plain.match(THIRD_PERSON)?.length ?? 0) + (nameRe ? (plain.match(nameRe)?.length ?? 0) : 0);
  add('third-person', third, Math.min(third * 2, 4));

  const mentioned = person.positionTerms.filter((t) => plain.includes(t)).length;
  // Naming one or two employers is normal; listing most of the career is not.
  add('positions', mentioned, mentioned >= 3 && mentioned * 2 >= person.positionTerms.length ? 2 : 0);

  const score = signals.reduce((sum, s) => sum + s.weight, 0);
  return { pasted: score >= PASTED_CV_THRESHOLD, score, signals };
}
