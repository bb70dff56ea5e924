import { Placeholder } from '../../ui/Placeholder';
import { useTranslation } from 'react-i18next';

export function InventoryScreen() {
  const { i18n } = useTranslation();
  return i18n.language === 'fr'
    ? <Placeholder title="Inventaire" body="La liste des profils du client, réseau par réseau, avec l’éditeur de chaque profil." />
    : <Placeholder title="Inventory" body="The client's profiles, network by network, with an editor for each profile." />;
}
