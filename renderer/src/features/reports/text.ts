import { defineText } from '../../i18n/define-text';

const fr = {
  title: 'Rapport de coaching',
  intro: 'Le rapport à remettre au client : score, points forts, priorités, liens entre profils, thèmes, plan et régularité.',
  language: 'Langue du rapport',
  nextSteps: 'Prochaines étapes (votre note au client)',
  nextStepsPlaceholder: 'Ex. : d’ici notre prochaine séance, ajouter la photo sur Malt et publier deux fois sur LinkedIn.',
  nextStepsHint: 'Imprimée telle quelle après les priorités, et gardée avec ce client.',
  sections: 'Sections du rapport',
  section: { nextSteps: 'Prochaines étapes', findings: 'Constats par profil', links: 'Liens croisés', themes: 'Thèmes', plan: 'Plan des 8 semaines', regularity: 'Régularité', progress: 'Progression' },
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
  nextSteps: 'Next steps (your note to the client)',
  nextStepsPlaceholder: 'E.g. before our next session, add the photo on Malt and post twice on LinkedIn.',
  nextStepsHint: 'Printed as written after the priorities, and kept with this client.',
  sections: 'Report sections',
  section: { nextSteps: 'Next steps', findings: 'Findings per profile', links: 'Cross-links', themes: 'Themes', plan: 'The next 8 weeks', regularity: 'Regularity', progress: 'Progress' },
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
