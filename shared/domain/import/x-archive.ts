import type { Profile, Workspace } from '../../schema/workspace';
import { parseXArchive } from '../posts/x-archive';
import { parseYtdFile } from '../posts/ytd';
import { decodeFile, type ImportDeps, type ImportResult } from './deps';
import { Draft } from './draft';
import { findFile, findFiles, TWEET_FILE, type ImportFile } from './files';
import { attachWebsite, knownProfile } from './network-links';
import { mergeParsedPosts } from './posts-step';
import { isTcoLink, websiteUrl } from './urls';

const X = 'x';

export interface XImportOptions extends ImportDeps {
  /** Keep retweets as posts (default false: someone else's content). */
  includeRetweets?: boolean;
  /** Keep replies as posts (default true: they are the person's own writing, and count for regularity). */
  includeReplies?: boolean;
}

interface XAccount { username: string; displayName: string }
interface XProfileData { bio: string; website: string; location: string; avatar: string }

/**
 * An X (Twitter) archive, zipped or unpacked: data/account.js and
 * data/profile.js describe the X profile, tweet files become posts.
 *
 * The profile's website goes into the X profile's links (it is what the
 * profile shows) and, when it is not itself a network profile, into
 * person.websites (the person's own site); a network URL instead creates that
 * profile when missing. t.co links are kept as written: resolving them needs
 * the network, which Vitrine never uses.
 */
export function importXArchive(target: Workspace, files: readonly ImportFile[], opts: XImportOptions): ImportResult {
  const draft = new Draft(target, { idGen: opts.idGen, now: opts.now, lang: opts.lang ?? 'en', registry: opts.registry, source: 'x-archive' });
  const accountFile = findFile(files, 'account.js');
  const profileFile = findFile(files, 'profile.js');
  const tweetFiles = findFiles(files, TWEET_FILE);
  if (!accountFile && !profileFile && tweetFiles.length === 0) {
    return {
      ok: false,
      kind: 'unrecognised',
      message: {
        fr: 'Aucun fichier d\'archive X reconnu (account.js, profile.js, tweets.js, tweet-headers.js).',
        en: 'No X archive file found (account.js, profile.js, tweets.js, tweet-headers.js).',
      },
    };
  }
  const account = accountFile ? readAccount(draft, accountFile) : null;
  const known = account ? knownProfile(`https://x.com/${account.username}`, opts.registry) : null;
  const profile = draft.ensureProfile(X, known ? { handle: known.handle, url: known.url } : {});
  if (account) {
    draft.count('accounts');
    draft.setProfile(profile, 'displayName', account.displayName, accountFile?.name ?? null);
    draft.fillPerson('displayName', account.displayName, accountFile?.name ?? null);
  }
  if (profileFile) readProfile(draft, profile, profileFile, opts);
  if (tweetFiles.length > 0) readTweets(draft, profile, tweetFiles, opts);
  return { ok: true, plan: draft.finish(accountFile || profileFile ? 'x-archive' : 'x-tweets') };
}

/** The first object of a YTD file, unwrapped from its `{ key: {...} }` envelope. */
function ytdRecord(draft: Draft, file: ImportFile, key: string): Record<string, unknown> | null {
  const text = decodeFile(draft, file);
  if (text === null) return null;
  const parsed = parseYtdFile(text);
  if (!parsed.ok) {
    draft.issue('error', file.name, null, parsed.error);
    return null;
  }
  const first: unknown = Array.isArray(parsed.data) ? parsed.data[0] : parsed.data;
  const inner = isRecord(first) ? first[key] : undefined;
  if (!isRecord(inner)) {
    draft.issue('error', file.name, `[0].${key}`, {
      fr: `Le fichier ne contient pas d’objet « ${key} » : ce n’est pas un fichier d’archive X attendu.`,
      en: `The file holds no "${key}" object: it is not the X archive file expected.`,
    });
    return null;
  }
  return inner;
}

function readAccount(draft: Draft, file: ImportFile): XAccount | null {
  const account = ytdRecord(draft, file, 'account');
  if (!account) return null;
  const username = str(account.username).replace(/^@/, '');
  if (!/^[A-Za-z0-9_]{1,15}$/.test(username)) {
    draft.issue('error', file.name, '[0].account.username', {
      fr: `Nom d’utilisateur X absent ou invalide : « ${username} ».`,
      en: `X username missing or invalid: "${username}".`,
    });
    return null;
  }
  return { username, displayName: str(account.accountDisplayName) };
}

function readProfile(draft: Draft, profile: Profile, file: ImportFile, deps: ImportDeps): void {
  const record = ytdRecord(draft, file, 'profile');
  if (!record) return;
  const description = isRecord(record.description) ? record.description : {};
  const data: XProfileData = {
    bio: str(description.bio),
    website: str(description.website),
    location: str(description.location),
    avatar: str(record.avatarMediaUrl),
  };
  draft.count('profiles');
  draft.setProfile(profile, 'summary', data.bio, file.name);
  // The archive shows the whole bio: an empty one is known to be empty.
  if (data.bio.trim() === '') draft.seeFact(profile, 'summary', 'absent', file.name);
  draft.setProfile(profile, 'location', data.location, file.name);
  draft.fillPerson('location', data.location, file.name);
  // X gives every account without a picture the same default image.
  if (data.avatar !== '') draft.markPhoto(profile, !/default_profile/i.test(data.avatar), file.name);
  if (/\bt\.co\//i.test(data.bio)) {
    draft.issue('warning', file.name, '[0].profile.description.bio', {
      fr: 'La bio contient des liens t.co (raccourcisseur de X) : Vitrine ne peut pas savoir hors ligne où ils mènent.',
      en: 'The bio holds t.co links (X\'s shortener): Vitrine cannot tell offline where they lead.',
    });
  }
  if (data.website.trim() !== '') readWebsite(draft, profile, file.name, data.website, deps);
}

function readWebsite(draft: Draft, profile: Profile, file: string, raw: string, deps: ImportDeps): void {
  const where = '[0].profile.description.website';
  const url = websiteUrl(raw);
  if (url === null) {
    draft.issue('warning', file, where, { fr: `Site web ignoré, ce n’est pas une adresse : « ${raw} ».`, en: `Website skipped, not an address: "${raw}".` });
    return;
  }
  if (isTcoLink(url)) {
    draft.issue('warning', file, where, {
      fr: `Le site web est un lien t.co (${url}), gardé tel quel : remplacez-le par l’adresse réelle.`,
      en: `The website is a t.co link (${url}), kept as written: replace it with the real address.`,
    });
    draft.addProfileLink(profile, url);
    return;
  }
  draft.count('websites');
  attachWebsite(draft, profile, url, deps.registry);
}

function readTweets(draft: Draft, profile: Profile, files: ImportFile[], opts: XImportOptions): void {
  const texts = files.flatMap((file) => {
    const text = decodeFile(draft, file);
    return text === null ? [] : [{ name: file.name, text }];
  });
  const parsed = parseXArchive(texts, {
    lang: draft.lang,
    includeRetweets: opts.includeRetweets ?? false,
    includeReplies: opts.includeReplies ?? true,
  });
  mergeParsedPosts(draft, profile, parsed);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function str(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}
