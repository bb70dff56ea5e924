import type { Localized } from '../../schema/text';

/**
 * Why an import was refused, as a kind the UI words in plain language. The
 * importer's own message (which file, which field, which line) stays beside it
 * as the technical detail.
 */
export const IMPORT_FAILURE_KINDS = [
  /** Not a format Vitrine imports (or not the profile or archive it seemed to be). */
  'unrecognised',
  /** A format Vitrine knows, but its content cannot be read (invalid JSON or fields, not text, a broken PDF). */
  'damaged',
  /** Over a size or page limit. */
  'too-large',
  /** A zip that is damaged, or that could not be opened safely. */
  'archive-refused',
  /** A .tar.gz (older Mastodon servers made those): Vitrine reads zips and folders only. */
  'tar-gz',
  /** The file was read but held only errors. */
  'nothing-read',
  /** The preview is gone (too old, or the app restarted). */
  'expired',
  /** The client changed after the preview, or after the import (undo). */
  'changed-since',
  /** A bug. */
  'unexpected',
] as const;
export type ImportFailureKind = (typeof IMPORT_FAILURE_KINDS)[number];

export function isImportFailureKind(value: unknown): value is ImportFailureKind {
  return typeof value === 'string' && (IMPORT_FAILURE_KINDS as readonly string[]).includes(value);
}

/** What the user reads: what happened, and what to do next. */
export const IMPORT_FAILURE_TEXT: Record<ImportFailureKind, { sentence: Localized; next: Localized }> = {
  unrecognised: {
    sentence: { fr: "Ce fichier n’est ni un fichier Vitrine ni un CV que Vitrine sait lire.", en: 'This file is not a Vitrine file or a résumé Vitrine can read.' },
    next: {
      fr: "Choisissez un fichier exporté par Vitrine (.vitrine.json), un CV JSON Resume, un export LinkedIn, X ou Mastodon, ou un profil enregistré en PDF ou en page web. La liste complète est dans les détails.",
      en: 'Choose a file exported by Vitrine (.vitrine.json), a JSON Resume, a LinkedIn, X or Mastodon export, or a profile saved as PDF or as a web page. The full list is in the details.',
    },
  },
  damaged: {
    sentence: { fr: "Vitrine reconnaît ce fichier, mais une partie ne peut pas être lue.", en: 'Vitrine recognises this file, but part of it cannot be read.' },
    next: {
      fr: "Il a peut-être été coupé ou modifié à la main : exportez-le à nouveau depuis son origine, puis importez le nouveau fichier. L’endroit du problème est dans les détails.",
      en: 'It may have been cut short or edited by hand: export it again from where it came from, then import the new file. Where the problem is, is in the details.',
    },
  },
  'too-large': {
    sentence: { fr: 'Ce fichier est trop gros pour être importé.', en: 'This file is too large to import.' },
    next: { fr: 'Choisissez un fichier plus petit, ou seulement les fichiers utiles. La limite dépassée est dans les détails.', en: 'Choose a smaller file, or only the files needed. The limit it goes over is in the details.' },
  },
  'archive-refused': {
    sentence: { fr: "Cette archive zip n’a pas pu être ouverte sans risque.", en: 'This zip archive could not be opened safely.' },
    next: { fr: "Téléchargez-la à nouveau, ou décompressez-la vous-même et importez le dossier.", en: 'Download it again, or unzip it yourself and import the folder.' },
  },
  'tar-gz': {
    sentence: { fr: 'Vitrine n’ouvre pas les archives .tar.gz.', en: 'Vitrine does not open .tar.gz archives.' },
    next: { fr: 'Décompressez-la (un double-clic suffit le plus souvent) et importez le dossier obtenu.', en: 'Unpack it (a double-click usually does) and import the folder it gives.' },
  },
  'nothing-read': {
    sentence: { fr: "Rien n’a pu être importé de ce fichier.", en: 'Nothing could be imported from this file.' },
    next: { fr: 'Les problèmes trouvés, ligne par ligne, sont dans les détails.', en: 'The problems found, line by line, are in the details.' },
  },
  expired: {
    sentence: { fr: "Cet aperçu d’import n’est plus disponible.", en: 'This import preview is no longer available.' },
    next: { fr: 'Ouvrez le fichier à nouveau.', en: 'Open the file again.' },
  },
  'changed-since': {
    sentence: { fr: "Ce client a été modifié entre-temps.", en: 'This client was changed in the meantime.' },
    next: { fr: "Ouvrez le fichier à nouveau pour voir un aperçu à jour.", en: 'Open the file again to see an up-to-date preview.' },
  },
  unexpected: {
    sentence: { fr: "L’import s’est arrêté sur une erreur inattendue.", en: 'The import stopped on an unexpected error.' },
    next: { fr: "Réessayez ; si cela se reproduit, signalez l’erreur en joignant les détails (Aide › Diagnostic).", en: 'Try again; if it happens again, report it with the details (Help › Diagnostics).' },
  },
};

/** The failure kind of an IPC error: its own kind when an importer gave one, else what its code implies. */
export function importFailureKind(error: { code: string; kind?: string | undefined }): ImportFailureKind {
  if (isImportFailureKind(error.kind)) return error.kind;
  switch (error.code) {
    case 'too-large': return 'too-large';
    case 'invalid-file': return 'unrecognised';
    case 'not-found': return 'expired';
    case 'conflict': return 'changed-since';
    default: return 'unexpected';
  }
}
