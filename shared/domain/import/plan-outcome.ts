import type { ImportPlan } from '../../schema/import-plan';
import type { Localized } from '../../schema/text';

/**
 * An import that read nothing and reports errors failed, even though its plan
 * may add an empty profile for the network: it must be neither applied nor written.
 */
export function isOnlyErrors(plan: Pick<ImportPlan, 'read' | 'issues'>): boolean {
  return plan.issues.some((i) => i.level === 'error') && Object.values(plan.read).every((n) => n === 0);
}

export const ONLY_ERRORS: Localized = {
  fr: "Rien n’a pu être importé : le fichier ne contient que des erreurs. Rien n’a été modifié.",
  en: 'Nothing could be imported: the file holds only errors. Nothing was changed.',
};
