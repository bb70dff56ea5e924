/** One file handed to an importer: an entry of a zip, or a file of a picked folder. */
export interface ImportFile {
  /** Path relative to the archive or folder root, with `/` separators. */
  name: string;
  bytes: Uint8Array;
}

/** Last path segment, lower case: exports nest files in a dated folder we ignore. */
export function baseName(name: string): string {
  const parts = name.split(/[\\/]/);
  return (parts[parts.length - 1] ?? '').toLowerCase();
}

/** The first file with this base name (case-insensitive). */
export function findFile(files: readonly ImportFile[], base: string): ImportFile | undefined {
  const wanted = base.toLowerCase();
  return files.find((f) => baseName(f.name) === wanted);
}

/** Files whose base name matches, sorted by name so that `part1` follows `part0`… */
export function findFiles(files: readonly ImportFile[], pattern: RegExp): ImportFile[] {
  return files.filter((f) => pattern.test(baseName(f.name))).sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
}

/** X archive tweet files: tweets.js, tweet.js, tweets-part1.js, tweet-headers.js… */
export const TWEET_FILE = /^tweets?([-_]headers)?(-part\d+)?\.js(on)?$/;

/** A Mastodon account archive's profile and posts (its media are never read). */
export const MASTODON_FILE = /^(actor|outbox)\.json$/;

/** Only these are read by any importer; media and the rest are never inflated nor counted. */
const WANTED_EXTENSIONS = ['.csv', '.js', '.json', '.txt', '.html', '.htm'];

/** Whether a file in a picked folder or a zip is worth reading. */
export function isImportableName(name: string): boolean {
  const base = baseName(name);
  return WANTED_EXTENSIONS.some((ext) => base.endsWith(ext));
}

export function isZipName(name: string): boolean {
  return baseName(name).endsWith('.zip');
}

/**
 * The files of a known export that its importer reads (linkedin.ts, x-archive.ts).
 * A LinkedIn export also holds messages, connections, media…: never read.
 */
const EXPORT_MEMBERS: readonly RegExp[] = [
  /^(profile|profile summary|positions|skills|languages|education|certifications|shares)\.csv$/,
  /^(account|profile)\.js$/,
  MASTODON_FILE,
  TWEET_FILE,
];

/**
 * Which of a folder's (or a zip's) files to read, from their names alone, so
 * that nothing else is ever opened: the members of a known export when there
 * are some, else the importable names (a folder holding one résumé).
 */
export function selectNeeded<T extends { name: string }>(files: readonly T[]): T[] {
  const members = files.filter((f) => EXPORT_MEMBERS.some((re) => re.test(baseName(f.name))));
  if (members.length > 0) return members;
  return files.filter((f) => isImportableName(f.name) || isZipName(f.name));
}
