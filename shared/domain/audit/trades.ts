import type { Localized } from '../../schema/text';
import { fold } from './text';

/**
 * Trade tags used by the network catalog (`NetworkDefinition.trades`) and the
 * French and English words people write for them in `person.trade`.
 * `need` says whether every network of the trade is a must (pharmacists want
 * both pharmacy networks) or any one of them will do (Behance or Dribbble).
 */
export interface TradeTag {
  tag: string;
  need: 'all' | 'any';
  label: Localized;
  /** Matched against the folded trade text at a word start. */
  pattern: RegExp;
}

export const TRADE_TAGS: readonly TradeTag[] = [
  { tag: 'pharmacist', need: 'all', label: { fr: 'pharmacien·ne', en: 'pharmacist' }, pattern: /\b(pharmacien|pharmacist|pharmacie|pharmacy|preparat(eur|rice) en pharmacie)/ },
  { tag: 'freelance', need: 'all', label: { fr: 'indépendant·e', en: 'freelancer' }, pattern: /\b(free ?lance|independant|independent|self employed|auto entrepreneur|micro entrepreneur|consultant independant)/ },
  { tag: 'developer', need: 'all', label: { fr: 'développeur·se', en: 'developer' }, pattern: /\b(developpeu|developer|dev\b|programmeu|programmer|software engineer|ingenieur logiciel|devops|full ?stack|front ?end|back ?end)/ },
  { tag: 'designer', need: 'any', label: { fr: 'designer', en: 'designer' }, pattern: /\b(designer|design|graphiste|graphic|webdesign|ux\b|ui\b|directeur artistique|directrice artistique|art director|illustrat)/ },
];

/** Trade tags for a person: from their free-text trade and, for freelancers, their goal. */
export function tradeTags(trade: string, goal: string): TradeTag[] {
  const text = fold(trade);
  return TRADE_TAGS.filter((t) => t.pattern.test(text) || (t.tag === 'freelance' && goal === 'freelance'));
}
