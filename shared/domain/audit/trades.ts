import type { Lang, Localized } from '../../schema/text';
import type { Person } from '../../schema/workspace';
import { fold } from './text';

/**
 * The trades Vitrine recognises, and the words people write for them in
 * French, English and German, in feminine and masculine forms. Patterns run on
 * `fold`ed text (lower case, no accents, ß → ss). The networks each trade
 * calls for are in the network catalog (`TRADE_NETWORKS`).
 */
export interface Trade {
  id: string;
  /** French in both genders, English once: French messages agree with the person. */
  label: { fr: { f: string; m: string }; en: string };
  /** Any form of the trade's name. */
  pattern: RegExp;
  /** The feminine forms (French -ière/-ienne/-trice…, German -in): when one matches, French messages say "infirmière". */
  feminine?: RegExp;
  /**
   * Served by freelance marketplaces: Malt lists "non-regulated intellectual services"
   * (Malt help centre, "Qui sont les freelances sur Malt ?"): not health, law or sport.
   */
  marketplace: boolean;
}

/** Order matters: the first trade that matches wins ("data journalist" is a journalist, "personal trainer" a sports coach). */
export const TRADES: readonly Trade[] = [
  {
    id: 'pharmacist', marketplace: false,
    label: { fr: { f: 'pharmacienne', m: 'pharmacien' }, en: 'pharmacist' },
    pattern: /\b(pharmacien|pharmacist|preparat(eur|rice) en pharmacie|pharmacy technician|apotheker|pharmazeut)/,
    feminine: /\b(pharmacienne|preparatrice|apothekerin|pharmazeutin)/,
  },
  {
    id: 'nurse', marketplace: false,
    label: { fr: { f: 'infirmière', m: 'infirmier' }, en: 'nurse' },
    pattern: /(\binfirmi(er|ere)|\bnurse\b|krankenpfleger|krankenschwester|pflegefach(frau|mann|kraft)|\bpflegekraft)/,
    feminine: /(\binfirmiere|krankenpflegerin|krankenschwester|pflegefachfrau)/,
  },
  {
    id: 'physiotherapist', marketplace: false,
    label: { fr: { f: 'kinésithérapeute', m: 'kinésithérapeute' }, en: 'physiotherapist' },
    pattern: /\b(masseu(r|se) kinesitherapeute|kinesitherapeute|kine\b|physiotherap|physical therapist|physio\b)/,
    feminine: /\b(masseuse|physiotherapeutin)/,
  },
  {
    id: 'osteopath', marketplace: false,
    label: { fr: { f: 'ostéopathe', m: 'ostéopathe' }, en: 'osteopath' },
    pattern: /\b(osteopath)/,
    feminine: /\bosteopathin\b/,
  },
  {
    id: 'doctor', marketplace: false,
    label: { fr: { f: 'médecin', m: 'médecin' }, en: 'doctor' },
    pattern: /\b(medecin|physician|general practitioner|doctor\b|arzt|arztin|allgemeinmedizin)/,
    feminine: /\barztin\b/,
  },
  {
    id: 'lawyer', marketplace: false,
    label: { fr: { f: 'avocate', m: 'avocat' }, en: 'lawyer' },
    pattern: /\b(avocat|lawyer|attorney|solicitor|barrister|juriste|jurist|rechtsanwalt|rechtsanwaltin|anwalt|anwaltin|notaire|notar)/,
    feminine: /\b(avocate|rechtsanwaltin|anwaltin|juristin|notarin)\b/,
  },
  {
    id: 'accountant', marketplace: false,
    label: { fr: { f: 'experte-comptable', m: 'expert-comptable' }, en: 'accountant' },
    pattern: /\b(expert(e)? comptable|comptable|accountant|auditor|commissaire aux comptes|tax advis|steuerberat|wirtschaftsprufer|buchhalter)/,
    feminine: /\b(experte|steuerberaterin|wirtschaftspruferin|buchhalterin)\b/,
  },
  {
    id: 'sports-coach', marketplace: false,
    label: { fr: { f: 'coach sportive', m: 'coach sportif' }, en: 'sports coach' },
    pattern: /\b(coach sporti|coach de sport|sports? coach|personal trainer|fitness|educat(eur|rice) sporti|preparat(eur|rice) physique|fitnesstrainer|sporttrainer|personal coach)/,
    feminine: /\b(sportive|educatrice|preparatrice|fitnesstrainerin|sporttrainerin)\b/,
  },
  {
    id: 'journalist', marketplace: true,
    label: { fr: { f: 'journaliste', m: 'journaliste' }, en: 'journalist' },
    pattern: /\b(journalist|reporter|redakteur)/,
    feminine: /\b(journalistin|redakteurin|reporterin)\b/,
  },
  {
    id: 'translator', marketplace: true,
    label: { fr: { f: 'traductrice', m: 'traducteur' }, en: 'translator' },
    pattern: /(\btraduct(eur|rice)|\binterpret(e|er)\b|\btranslator|ubersetzer|dolmetscher)/,
    feminine: /(\btraductrice|ubersetzerin|dolmetscherin)/,
  },
  {
    id: 'developer', marketplace: true,
    label: { fr: { f: 'développeuse', m: 'développeur' }, en: 'developer' },
    pattern: /(\bdeveloppeu|\bdeveloper|\bdev\b|\bprogrammeu|\bprogrammer|software engineer|ingenieu(r|re) logiciel|\bdevops|full ?stack|front ?end|back ?end|entwickler|site reliability|machine learning engineer)/,
    feminine: /(\bdeveloppeuse|\bprogrammeuse|ingenieure|entwicklerin)/,
  },
  {
    id: 'data', marketplace: true,
    label: { fr: { f: 'spécialiste des données', m: 'spécialiste des données' }, en: 'data specialist' },
    pattern: /\b(data (engineer|scientist|analyst)|datenanaly|ingenieu(r|re) (de |des )?donnees|analyste de donnees)/,
    feminine: /\b(ingenieure|analystin)\b/,
  },
  {
    id: 'designer', marketplace: true,
    label: { fr: { f: 'designer', m: 'designer' }, en: 'designer' },
    pattern: /\b(designer|webdesign|graphiste|graphic|ux\b|ui\b|directeur artistique|directrice artistique|art director|illustrat|grafikdesign|gestalter)/,
    feminine: /\b(directrice|designerin|illustratrice|gestalterin|illustratorin)\b/,
  },
  {
    id: 'trainer', marketplace: true,
    label: { fr: { f: 'formatrice', m: 'formateur' }, en: 'trainer' },
    pattern: /\b(format(eur|rice)|trainer|dozent)/,
    feminine: /\b(formatrice|trainerin|dozentin)\b/,
  },
  {
    id: 'recruiter', marketplace: false,
    label: { fr: { f: 'recruteuse', m: 'recruteur' }, en: 'recruiter' },
    pattern: /\b(recrut(eur|euse)|charge(e)? de recrutement|recruiter|talent acquisition|personalvermittl)/,
    feminine: /\b(recruteuse|chargee|recruiterin|personalvermittlerin)\b/,
  },
  {
    id: 'marketing', marketplace: true,
    label: { fr: { f: 'spécialiste de la communication', m: 'spécialiste de la communication' }, en: 'marketing and communication specialist' },
    pattern: /\b(community manager|social media|charge(e)? de communication|communication|marketing|copywriter|redact(eur|rice)|content|texter)/,
    feminine: /\b(chargee|redactrice|texterin)\b/,
  },
  {
    id: 'consultant', marketplace: true,
    label: { fr: { f: 'consultante', m: 'consultant' }, en: 'consultant' },
    pattern: /(\bconsultant|\bconseill(er|ere) en|berater|\badvisor|\badviser)/,
    feminine: /(\bconsultante|\bconseillere|beraterin)\b/,
  },
];

const FREELANCE = /\b(free ?lance|independant|independent|self employed|auto entrepreneur|micro entrepreneur|liberal|liberale|freiberuf|selbststandig|selbstandig)/;
const FREELANCE_FEMININE = /\b(independante|liberale|freiberufliche|selbststandige|selbstandige)\b/;

export type Gender = 'f' | 'm' | null;

/** Where the trade was read: the trade the user typed, the function (headline), or a position. */
export type TradeSource = 'trade' | 'headline' | 'position';

export interface InferredTrade {
  trade: Trade;
  source: TradeSource;
  /** The grammatical gender the person writes their trade in (null: not told, e.g. English). */
  gender: Gender;
}

/** The trade a text names, with its gender (null when no known trade is named). */
export function tradeIn(text: string): { trade: Trade; gender: Gender } | null {
  const folded = fold(text);
  if (folded === '') return null;
  const trade = TRADES.find((t) => t.pattern.test(folded));
  if (!trade) return null;
  if (trade.feminine?.test(folded)) return { trade, gender: 'f' };
  // The French masculine form written out ("infirmier"); English and German masculine forms leave French messages undecided.
  return { trade, gender: new RegExp(`\\b${fold(trade.label.fr.m)}\\b`).test(folded) && trade.label.fr.m !== trade.label.fr.f ? 'm' : null };
}

/**
 * The person's trade: what they typed as their trade, else their function (headline), else their
 * positions, latest first. A typed trade is the user's word: one Vitrine does not know is not
 * overridden by a guess from the headline.
 */
export function inferTrade(person: Person): InferredTrade | null {
  if (person.trade.trim() !== '') {
    const typed = tradeIn(person.trade);
    return typed ? { ...typed, source: 'trade' } : null;
  }
  const sources: [TradeSource, string][] = [
    ['headline', person.headline],
    ...person.positions.map((p): [TradeSource, string] => ['position', p.title]),
  ];
  for (const [source, text] of sources) {
    const found = tradeIn(text);
    if (found) return { ...found, source };
  }
  return null;
}

/** Whether the person works for themselves: their goal, or their trade's wording ("développeuse indépendante"). */
export function isFreelance(person: Person): boolean {
  return person.goal === 'freelance' || FREELANCE.test(fold(`${person.trade} ${person.headline}`));
}

/** "infirmière" for a woman, "infirmier" for a man, "infirmier ou infirmière" when not told (French); English has one form. */
export function tradeLabel(found: { trade: Trade; gender: Gender }, lang: Lang): string {
  if (lang === 'en') return found.trade.label.en;
  const { f, m } = found.trade.label.fr;
  if (f === m) return m;
  return found.gender === 'f' ? f : found.gender === 'm' ? m : `${m} ou ${f}`;
}

/** The label in both languages. */
export function tradeLabels(found: { trade: Trade; gender: Gender }): Localized {
  return { fr: tradeLabel(found, 'fr'), en: tradeLabel(found, 'en') };
}

/** "indépendante" / "indépendant" from the person's own words, "indépendant ou indépendante" when not told. */
export function freelanceLabel(person: Person, gender: Gender): Localized {
  const fem = FREELANCE_FEMININE.test(fold(`${person.trade} ${person.headline}`)) || gender === 'f';
  return { fr: fem ? 'indépendante' : gender === 'm' ? 'indépendant' : 'indépendant ou indépendante', en: 'freelancer' };
}
