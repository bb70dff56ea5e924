import { Placeholder } from '../../ui/Placeholder';
import { useTranslation } from 'react-i18next';

export function ClientsScreen() {
  const { i18n } = useTranslation();
  return i18n.language === 'fr'
    ? <Placeholder title="Clients" body="Un espace par client : créer, renommer, dupliquer, archiver, supprimer et chercher parmi tous les clients." />
    : <Placeholder title="Clients" body="One workspace per client: create, rename, duplicate, archive, delete and search across all clients." />;
}
