import type { Lang } from '../../schema/text';
import type { Person } from '../../schema/workspace';
import { TRADES, tradeIn, tradeLabel } from './trades';

/**
 * The trade as the app shows it. A catalog id ("developer", as the demo holds)
 * is no word to show: it becomes the trade's label in the app's language,
 * agreeing with the person's own words (headline, then positions) in French.
 * Any other text is the user's word, shown as typed.
 */
export function tradeText(person: Pick<Person, 'trade' | 'headline' | 'positions'>, lang: Lang): string {
  const id = person.trade.trim().toLowerCase();
  const trade = TRADES.find((t) => t.id === id);
  if (!trade) return person.trade;
  const said = [person.headline, ...person.positions.map((p) => p.title)].map(tradeIn).find((f) => f?.trade.id === trade.id && f.gender !== null);
  return tradeLabel({ trade, gender: said?.gender ?? null }, lang);
}
