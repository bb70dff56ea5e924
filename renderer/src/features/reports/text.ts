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
  summaryTitle: 'Aperçu du rapport de {{name}}',
  score: 'Score',
  previewLabel: 'Aperçu du rapport de {{name}}, page par page',
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
  summaryTitle: 'Preview of {{name}}’s report',
  score: 'Score',
  previewLabel: 'Preview of {{name}}’s report, page by page',
  noClient: 'Open a client to prepare their report.',
  openClients: 'See clients',
};

export const useReportsText = defineText('reports', { fr, en });
