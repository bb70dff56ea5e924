import type { NetworkDefinition } from '../../schema/network';
import type { Lang, Localized } from '../../schema/text';

/** A network's name in the UI language: its French label where the catalog has one. */
export function localLabel(def: Pick<NetworkDefinition, 'label' | 'labelFr'>, lang: Lang): string {
  return lang === 'fr' ? (def.labelFr ?? def.label) : def.label;
}

/** Both names at once, for messages written in both languages. */
export function labels(def: Pick<NetworkDefinition, 'label' | 'labelFr'>): Localized {
  return { fr: def.labelFr ?? def.label, en: def.label };
}

/** A source note (`source`, `sourceFr`) in the UI language; a user's own note is shown as typed. */
export function localSource(note: { source: string; sourceFr?: string | undefined }, lang: Lang): string {
  return lang === 'fr' ? (note.sourceFr ?? note.source) : note.source;
}
