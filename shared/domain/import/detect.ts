import type { ImportIssue, ImportPlan } from '../../schema/import-plan';
import type { Localized } from '../../schema/text';
import type { Person, Workspace } from '../../schema/workspace';
import { cloneJson } from '../workspace/factory';
import type { ImportDeps } from './deps';
import { baseName, findFile, findFiles, isImportableName, TWEET_FILE, type ImportFile } from './files';
import type { WorkspacePhotos } from '../workspace/file';
import { importResumeFile, importWorkspaceFile, type UncertainProfile } from './json-files';
import { importLinkedInExport, importLinkedInShares } from './linkedin';
import { importLinkedInPdf } from './linkedin-pdf/import';
import { looksLikePdf, type PdfText } from './linkedin-pdf/pdf-text';
import { importSavedPage, looksLikeHtml } from './saved-page/import';
import { gitHubFiles, importGitHub } from './github';
import { hasMastodonFiles, importMastodon } from './mastodon/import';
import { importXArchive } from './x-archive';
import { looksLikeZip, readZip, type ZipLimits } from './zip';
import { DEFAULT_INPUT_LIMITS, tooBig, tooBigTotal, type InputLimits } from './bounds';
import { decodeText } from '../csv';
import type { ImportFailureKind } from './failure';

export type ImportFormat = ImportPlan['format'];
export type DetectedFormat = ImportFormat | { unknown: Localized };

export { DEFAULT_INPUT_LIMITS, type InputLimits } from './bounds';

export type Expanded = { ok: true; files: ImportFile[] } | { ok: false; kind: ImportFailureKind; message: Localized };

export const NOT_IMPORTABLE: Localized = {
  fr: "Ce n’est pas un format que Vitrine sait importer. Formats acceptés : espace de travail Vitrine (.vitrine.json), JSON Resume, export LinkedIn (zip ou dossier, ou Shares.csv seul), profil LinkedIn enregistré en PDF, page de profil enregistrée (HTML), JSON d’utilisateur GitHub, archive de compte Mastodon (zip ou dossier), archive X/Twitter (zip ou dossier).",
  en: 'This is not a format Vitrine can import. Accepted: Vitrine workspace (.vitrine.json), JSON Resume, LinkedIn export (zip or folder, or a lone Shares.csv), LinkedIn profile saved as PDF, saved profile page (HTML), GitHub user JSON, Mastodon account archive (zip or folder), X/Twitter archive (zip or folder).',
};

/** gzip's magic bytes: a .tar.gz, such as the account archives older Mastodon servers made. */
const looksLikeGzip = (bytes: Uint8Array): boolean => bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

const TAR_GZ: Localized = {
  fr: "Vitrine n’ouvre pas les archives .tar.gz (celles des serveurs Mastodon plus anciens, par exemple) : décompressez-la, puis importez le dossier obtenu. Rien n’a été modifié.",
  en: "Vitrine does not open .tar.gz archives (such as older Mastodon servers' account archives): unpack it, then import the folder it gives. Nothing was changed.",
};

/**
 * The files an importer will read: zips are opened (safely, see zip.ts) and
 * replaced by their useful entries; media and other files are dropped.
 * Sizes are checked before anything is decoded. A zip container itself may be
 * up to the total limit, because its media entries are never inflated.
 */
export function expandFiles(files: readonly ImportFile[], limits: InputLimits = DEFAULT_INPUT_LIMITS, onFile?: () => void): Expanded {
  const out: ImportFile[] = [];
  let total = 0;
  for (const file of files) {
    if (looksLikeGzip(file.bytes)) return { ok: false, kind: 'tar-gz', message: TAR_GZ };
    if (looksLikeZip(file.bytes)) {
      if (file.bytes.length > limits.maxTotalBytes) return { ok: false, kind: 'too-large', message: tooBig(file.name, file.bytes.length, limits.maxTotalBytes) };
      const zipLimits: Partial<ZipLimits> = { maxFileBytes: limits.maxFileBytes, maxTotalBytes: limits.maxTotalBytes - total };
      const zip = readZip(file.bytes, zipLimits);
      if (!zip.ok) return zip;
      for (const entry of zip.files) total += entry.bytes.length;
      out.push(...zip.files);
    } else if (isImportableName(file.name) || files.length === 1) {
      if (file.bytes.length > limits.maxFileBytes) return { ok: false, kind: 'too-large', message: tooBig(file.name, file.bytes.length, limits.maxFileBytes) };
      total += file.bytes.length;
      out.push(file);
    }
    if (total > limits.maxTotalBytes) {
      return { ok: false, kind: 'too-large', message: tooBigTotal(limits.maxTotalBytes) };
    }
    onFile?.();
  }
  return { ok: true, files: out };
}

/** Which importer fits these files (zips are opened first). */
export function detectFormat(files: readonly ImportFile[]): DetectedFormat {
  const expanded = expandFiles(files);
  if (!expanded.ok) return { unknown: expanded.message };
  return classify(expanded.files);
}

/** Format of already-expanded files: by file names first, then by a lone JSON file's content. */
export function classify(files: readonly ImportFile[]): DetectedFormat {
  if (findFile(files, 'profile.csv') || findFile(files, 'positions.csv')) return 'linkedin-export';
  if (findFile(files, 'account.js') || (findFile(files, 'profile.js') && isYtd(findFile(files, 'profile.js')))) return 'x-archive';
  if (findFiles(files, TWEET_FILE).length > 0) return 'x-tweets';
  const shares = findFile(files, 'shares.csv');
  if (shares) return findFile(files, 'skills.csv') ? 'linkedin-export' : 'linkedin-shares';
  const only = files.length === 1 ? files[0] : undefined;
  // A PDF is told by its content; whether it is a LinkedIn profile is decided on its text.
  if (only && looksLikePdf(only.bytes)) return 'linkedin-pdf';
  const pages = files.filter(isTopLevelPage);
  // A page saved "complete" comes with its folder of scripts, styles and images: only the page is read.
  if (pages.length === 1 && (only === undefined || looksLikeHtml(only))) return 'saved-page';
  // A Mastodon archive: its importer checks the files are ActivityPub and refuses them clearly if not.
  if (hasMastodonFiles(files)) return 'mastodon';
  if (gitHubFiles(files)) return 'github';
  if (only) return classifyJson(only) ?? classifyCsv(only) ?? { unknown: NOT_IMPORTABLE };
  return { unknown: NOT_IMPORTABLE };
}

/** A single JSON: a workspace file says so in `format`; a résumé has `basics`. */
function classifyJson(file: ImportFile): ImportFormat | null {
  const text = head(file, 1 << 30).trim();
  if (!text.startsWith('{')) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // A broken JSON still says what it means to be; its importer reports the syntax error with a line.
    if (/"format"\s*:\s*"vitrine-workspace"/.test(text)) return 'vitrine-workspace';
    return /"basics"\s*:/.test(text) ? 'json-resume' : null;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  if (record.format === 'vitrine-workspace') return 'vitrine-workspace';
  if ('basics' in record) return 'json-resume';
  return null;
}

/** A lone CSV under another name (a renamed Shares.csv): recognised by its columns. */
function classifyCsv(file: ImportFile): ImportFormat | null {
  if (!baseName(file.name).endsWith('.csv')) return null;
  const header = head(file, 4096).toLowerCase().replace(/[\s"_-]+/g, '');
  return header.includes('sharelink') || header.includes('sharecommentary') ? 'linkedin-shares' : null;
}

/** The page itself, not the frames saved in its `_files` folder. */
function isTopLevelPage(file: ImportFile): boolean {
  return /\.x?html?$/i.test(file.name) && !file.name.includes('/');
}

function isYtd(file: ImportFile | undefined): boolean {
  return file !== undefined && /^\s*window\.YTD\./.test(head(file, 200));
}

/** The start of a file as text, behind any BOM (UTF-8, UTF-16LE or BE); lenient: detection must not fail on bad bytes. */
function head(file: ImportFile, bytes: number): string {
  const slice = file.bytes.subarray(0, bytes);
  try {
    return decodeText(slice).text;
  } catch {
    return new TextDecoder('utf-8').decode(slice);
  }
}

export interface PlanImportDeps extends ImportDeps {
  /** For a workspace file: merge into the target (default) or replace it. */
  mode?: 'merge' | 'replace';
  includeRetweets?: boolean;
  includeReplies?: boolean;
  limits?: InputLimits;
  /** The text of a lone PDF, read beforehand (asynchronously, with pdfjs) by the caller. */
  pdf?: PdfText;
  /** Called once per file handed in as it is opened, then once when the plan is ready. */
  onProgress?: (done: number, total: number) => void;
}

export type { UncertainProfile };

export type PlanImportResult =
  /** `photos`: pictures carried by a workspace file; shared/ has no disk, so the caller stores them. */
  /** `resume`: for a JSON Resume, the person it describes, whose own content the preview audits (audit/person-audit.ts). */
  | { ok: true; plan: ImportPlan; uncertain?: UncertainProfile[]; photos?: WorkspacePhotos; resume?: Person }
  | { ok: false; kind: ImportFailureKind; message: Localized; issues?: ImportIssue[] };

/**
 * Reads files of any supported format into an import plan, without applying
 * it. `target` is never modified: importers work on a copy, and the plan's
 * `result` is the workspace to store if the user accepts. Never throws.
 */
export function planImport(target: Workspace, files: readonly ImportFile[], deps: PlanImportDeps): PlanImportResult {
  const total = files.length + 1;
  let done = 0;
  const tick = (): void => deps.onProgress?.(++done, total);
  try {
    const expanded = expandFiles(files, deps.limits ?? DEFAULT_INPUT_LIMITS, tick);
    if (!expanded.ok) return expanded;
    const format = classify(expanded.files);
    if (typeof format !== 'string') return { ok: false, kind: 'unrecognised', message: format.unknown };
    // A private copy: whatever an importer does, the caller's workspace stays as it was.
    const result = dispatch(format, cloneJson(target), expanded.files, deps);
    tick();
    return result;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      kind: 'unexpected',
      message: { fr: `Import impossible, erreur inattendue : ${detail}. Rien n’a été modifié.`, en: `Import failed with an unexpected error: ${detail}. Nothing was changed.` },
    };
  }
}

function dispatch(format: ImportFormat, target: Workspace, files: ImportFile[], deps: PlanImportDeps): PlanImportResult {
  switch (format) {
    case 'linkedin-export':
      return importLinkedInExport(target, files, deps);
    case 'linkedin-shares': {
      const shares = findFile(files, 'shares.csv') ?? files[0];
      return shares ? importLinkedInShares(target, shares, deps) : { ok: false, kind: 'unrecognised', message: NOT_IMPORTABLE };
    }
    case 'x-archive':
    case 'x-tweets':
      return importXArchive(target, files, deps);
    case 'vitrine-workspace':
      return importWorkspaceFile(target, files[0], deps);
    case 'json-resume':
      return importResumeFile(target, files[0], deps);
    case 'github':
      return importGitHub(target, files, deps);
    case 'mastodon':
      return importMastodon(target, files, deps);
    case 'saved-page': {
      const page = files.length === 1 ? files[0] : files.find(isTopLevelPage);
      return page ? importSavedPage(target, page, deps) : { ok: false, kind: 'unrecognised', message: NOT_IMPORTABLE };
    }
    case 'linkedin-pdf':
      return files[0] ? importLinkedInPdf(target, files[0], deps.pdf, deps) : { ok: false, kind: 'unrecognised', message: NOT_IMPORTABLE };
  }
}
