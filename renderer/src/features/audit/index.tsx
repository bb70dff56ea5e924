import { Placeholder } from '../../ui/Placeholder';
import { useTranslation } from 'react-i18next';

export function AuditScreen() {
  const { i18n } = useTranslation();
  return i18n.language === 'fr'
    ? <Placeholder title="Audit" body="Le score de chaque profil, ce qu’il faut corriger et pourquoi, et la matrice des liens croisés." />
    : <Placeholder title="Audit" body="Each profile's score, what to fix and why, and the cross-link matrix." />;
}
