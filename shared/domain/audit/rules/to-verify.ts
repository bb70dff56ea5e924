import { FACT_LABEL } from '../../facts/labels';
import { uncheckedFacts } from '../../facts/state';
import { profileRule, type ProfileRule } from '../types';

/** "la photo, le résumé et les mots-clés": a list as each language writes it. */
function listOf(items: readonly string[], and: string): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

/**
 * Unknown is not missing: the facts nobody has checked yet make one info item
 * per profile, listing what to look at on the live page, instead of an error
 * per fact. It costs nothing; the coverage beside the score shows the gap.
 */
export const toVerify = profileRule<{ facts: readonly string[] }>({
  code: 'to-verify', severity: 'info', field: null, points: 0,
  appliesTo: () => true,
  statuses: ['active', 'dormant'],
  audiences: ['professional', 'personal'],
  why: {
    fr: 'Vitrine ne juge que ce qu’elle sait : ce qui n’a pas été vérifié n’est ni compté comme présent ni comme manquant.',
    en: 'Vitrine only judges what it knows: what nobody checked counts neither as there nor as missing.',
  },
  fix: {
    fr: 'Ouvrez le profil en ligne et, pour chaque point, indiquez dans la fiche « Vérifié : présent » ou « Vérifié : absent ».',
    en: 'Open the live profile and, for each item, mark it in the editor as “Checked: it is there” or “Checked: it is missing”.',
  },
  check: ({ profile, network }) => {
    const facts = uncheckedFacts(profile, network);
    return facts.length === 0 ? [] : [{ params: { facts }, field: facts[0] }];
  },
  message: ({ facts, network }) => {
    const names = facts as readonly (keyof typeof FACT_LABEL)[];
    return {
      fr: `À vérifier sur le profil ${network} en ligne : ${listOf(names.map((f) => FACT_LABEL[f].fr), 'et')}.`,
      en: `To verify on the live ${network} profile: ${listOf(names.map((f) => FACT_LABEL[f].en), 'and')}.`,
    };
  },
});

export const FACT_RULES: readonly ProfileRule[] = [toVerify];
