import { Placeholder } from '../../ui/Placeholder';
import { useTranslation } from 'react-i18next';

export function PlanScreen() {
  const { i18n } = useTranslation();
  return i18n.language === 'fr'
    ? <Placeholder title="Plan" body="Un thème par réseau, le rythme de publication et le calendrier prévu / fait." />
    : <Placeholder title="Plan" body="One theme per network, the posting cadence and the planned-versus-done calendar." />;
}
