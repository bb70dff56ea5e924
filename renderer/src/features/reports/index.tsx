import { Placeholder } from '../../ui/Placeholder';
import { useTranslation } from 'react-i18next';

export function ReportsScreen() {
  const { i18n } = useTranslation();
  return i18n.language === 'fr'
    ? <Placeholder title="Rapports" body="Le rapport de coaching à remettre au client, en PDF ou HTML." />
    : <Placeholder title="Reports" body="The coaching report to hand to the client, as PDF or HTML." />;
}
