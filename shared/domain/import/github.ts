import type { Workspace } from '../../schema/workspace';
import { decodeText } from '../csv';
import type { ImportDeps, ImportResult } from './deps';
import { Draft } from './draft';
import { baseName, type ImportFile } from './files';
import { isXHandle } from './linkedin-fields';
import { attachWebsite, knownProfile } from './network-links';
import { websiteUrl } from './urls';

/**
 * GitHub's public JSON, saved from the browser without an app:
 * `https://api.github.com/users/NAME` (the user) and
 * `https://api.github.com/users/NAME/social_accounts` (`[{provider, url}]`).
 */
type Json = Record<string, unknown>;

/** The user JSON: `login` and an `html_url` on github.com. */
export function isGitHubUser(value: unknown): value is Json {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const record = value as Json;
  return typeof record.login === 'string' && typeof record.html_url === 'string' && /^https:\/\/github\.com\//i.test(record.html_url);
}

/** The social accounts JSON: an array of `{provider, url}`. */
export function isGitHubSocialAccounts(value: unknown): value is { provider: string; url: string }[] {
  return Array.isArray(value) && value.length > 0 && value.every((v) => v !== null && typeof v === 'object' && typeof (v as Json).provider === 'string' && typeof (v as Json).url === 'string');
}

function json(file: ImportFile): unknown {
  try {
    return JSON.parse(decodeText(file.bytes).text) as unknown;
  } catch {
    return null;
  }
}

/** Which of these files are GitHub's user and social accounts JSON; null when they are not. */
export function gitHubFiles(files: readonly ImportFile[]): { user: ImportFile | null; social: ImportFile | null } | null {
  if (files.length === 0 || files.length > 2 || !files.every((f) => baseName(f.name).endsWith('.json'))) return null;
  let user: ImportFile | null = null;
  let social: ImportFile | null = null;
  for (const file of files) {
    // GitHub's JSON is a few KB: a large JSON is something else, not worth parsing twice.
    if (file.bytes.length > 256 * 1024) return null;
    const value = json(file);
    if (isGitHubUser(value)) user = file;
    else if (isGitHubSocialAccounts(value)) social = file;
    else return null;
  }
  return user || social ? { user, social } : null;
}

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

export function importGitHub(target: Workspace, files: readonly ImportFile[], deps: ImportDeps): ImportResult {
  const found = gitHubFiles(files);
  const userValue = found?.user ? json(found.user) : null;
  const user = isGitHubUser(userValue) ? userValue : null;
  // The file's own date: when GitHub last changed the profile, as good as "seen on" for what it shows.
  const updated = /^\d{4}-\d{2}-\d{2}/.exec(str(user?.updated_at))?.[0] ?? null;
  const draft = new Draft(target, { idGen: deps.idGen, now: deps.now, lang: deps.lang ?? 'en', registry: deps.registry, source: 'github', sourceDate: updated });
  const socialValue = found?.social ? json(found.social) : null;
  const accounts = isGitHubSocialAccounts(socialValue) ? socialValue : [];
  const login = user ? str(user.login) : (/github\.com\/([^/?#]+)/i.exec(accounts[0]?.url ?? '')?.[1] ?? '');
  const own = knownProfile(user ? str(user.html_url) : `https://github.com/${login}`, deps.registry);
  const github = draft.ensureProfile('github', own?.network === 'github' ? { url: own.url, handle: own.handle } : { handle: login });
  draft.count('profiles');
  const userFile = found?.user?.name ?? null;
  if (user) {
    draft.setProfile(github, 'displayName', str(user.name), userFile);
    draft.setProfile(github, 'headline', str(user.bio), userFile);
    draft.setProfile(github, 'location', str(user.location), userFile);
    draft.fillPerson('displayName', str(user.name), userFile);
    if (str(user.bio) === '') draft.seeFact(github, 'headline', 'absent', userFile);
  }
  const links: { url: string; file: string | null }[] = [];
  const blog = websiteUrl(str(user?.blog));
  if (blog) links.push({ url: blog, file: userFile });
  const twitter = str(user?.twitter_username);
  if (isXHandle(twitter)) links.push({ url: `https://x.com/${twitter}`, file: userFile });
  for (const account of accounts) {
    const url = websiteUrl(account.url);
    if (url) links.push({ url, file: found?.social?.name ?? null });
  }
  for (const link of links) {
    draft.count('websites');
    const shown = attachWebsite(draft, github, link.url, deps.registry, link.file);
    if (shown !== null) draft.seeLink(github, shown, link.file);
  }
  // Both files read and no site anywhere: the profile shows none.
  if (user && found?.social && links.length === 0) draft.seeFact(github, 'links', 'absent', userFile);
  return { ok: true, plan: draft.finish('github') };
}
