import type { Lang } from '../../schema/text';

const collators = new Map<Lang, Intl.Collator>();

/**
 * Clients by name as people read them: case and accents ignored ("alice",
 * "Bruno", "Émile"), numbers by value ("Client 9" before "Client 10"), ties by
 * id so the order is stable. The main process sends the client list in this
 * order, so the table sorts its columns without a collator of its own (making
 * one is ~20 ms the UI's first screen would wait for).
 */
export function byClientName<T extends { name: string; id: string }>(items: readonly T[], lang: Lang): T[] {
  let collator = collators.get(lang);
  if (!collator) {
    collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
    collators.set(lang, collator);
  }
  const { compare } = collator;
  return [...items].sort((a, b) => compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
