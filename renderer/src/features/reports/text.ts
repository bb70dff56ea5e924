import { defineText } from '../../i18n/define-text';

const fr = {
  title: 'Rapport de coaching',
  intro: 'Le rapport à remettre au client : score, points forts, priorités, liens entre profils, thèmes, plan et régularité.',
  language: 'Langue du rapport',
  languages: { fr: 'Français', en: 'English' },
  exportPdf: 'Exporter en PDF',
  exportHtml: 'Exporter en HTML',
  exporting: 'Export en cours…',
  exported: 'Rapport enregistré : {{file}}',
  exportFailed: 'Export impossible : {{message}}',
  consultant: 'Signé « {{name}} » sur la couverture.',
  noConsultant: 'Aucun nom de consultant sur la couverture.',
  editConsultant: 'Modifier dans les réglages',
  summaryTitle: 'Le rapport de {{name}} en bref',
  previewBlocked: 'L’aperçu complet ne peut pas s’afficher dans Vitrine (sa politique de sécurité bloque les styles du document). Exportez en PDF, ou en HTML pour l’ouvrir dans un navigateur.',
  contents: 'Sections du rapport',
  none: 'Rien pour l’instant.',
  noClient: 'Ouvrez un client pour préparer son rapport.',
  openClients: 'Voir les clients',
};

type ReportsText = typeof fr;

const en: ReportsText = {
  title: 'Coaching report',
  intro: 'The report to hand to the client: score, strengths, priorities, cross-links, themes, plan and regularity.',
  language: 'Report language',
  languages: { fr: 'Français', en: 'English' },
  exportPdf: 'Export PDF',
  exportHtml: 'Export HTML',
  exporting: 'Exporting…',
  exported: 'Report saved: {{file}}',
  exportFailed: 'Export failed: {{message}}',
  consultant: 'Signed “{{name}}” on the cover.',
  noConsultant: 'No consultant name on the cover.',
  editConsultant: 'Change in Settings',
  summaryTitle: '{{name}}’s report at a glance',
  previewBlocked: 'The full preview cannot be shown inside Vitrine (its security policy blocks the document’s styles). Export it as PDF, or as HTML to open it in a browser.',
  contents: 'Report sections',
  none: 'Nothing yet.',
  noClient: 'Open a client to prepare their report.',
  openClients: 'See clients',
};

export const useReportsText = defineText('reports', { fr, en });
