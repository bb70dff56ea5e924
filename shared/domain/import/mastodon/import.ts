import type { Localized } from '../../../schema/text';
import type { Workspace } from '../../../schema/workspace';
import type { ParsedPost } from '../../posts/types';
import { decodeText, TextDecodeError } from '../../csv';
import type { ImportDeps, ImportResult } from '../deps';
import { Draft } from '../draft';
import type { ImportFailureKind } from '../failure';
import { findFile, type ImportFile } from '../files';
import { attachWebsite, knownProfile } from '../network-links';
import { mergeParsedPosts } from '../posts-step';
import { websiteUrl } from '../urls';
import { htmlText } from './html-text';

/**
 * A Mastodon account archive (Settings › Import and export › Request your
 * archive), zipped or unpacked. Only `actor.json` (the ActivityPub actor:
 * name, bio, profile fields) and `outbox.json` (an OrderedCollection of
 * Create and Announce activities) are read; likes.json, bookmarks.json and
 * the media stay in the archive.
 *
 * Checked against Mastodon's own code (mastodon/mastodon):
 * - app/services/backup_service.rb: a .zip (older servers made a .tar.gz,
 *   refused in detect.ts with a way out)
 *   holding actor.json, outbox.json, likes.json, bookmarks.json, the media,
 *   and `avatar.<ext>` / `header.<ext>`; actor.json's `icon.url` is rewritten
 *   to that file name, and `icon` is there only when the account has an avatar.
 * - app/serializers/activitypub/actor_serializer.rb: type Person (Service for
 *   a bot, Group), preferredUsername, name, summary (HTML), url (the
 *   `https://host/@user` page), `attachment` PropertyValue fields whose
 *   values are HTML, their links marked rel="me" (whether a link is verified
 *   is not in the archive).
 * - create_note_serializer.rb, announce_note_serializer.rb and
 *   app/lib/activitypub/tag_manager.rb: every status, whatever its
 *   visibility, as a Create wrapping a Note or an Announce (a boost) with
 *   `published`, `to` and `cc`; a public post is addressed `to` the Public
 *   collection, an unlisted one has it in `cc`, followers-only and direct
 *   posts never name it.
 */
type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** Whether these files hold a Mastodon archive's actor.json or outbox.json. */
export function hasMastodonFiles(files: readonly ImportFile[]): boolean {
  return findFile(files, 'actor.json') !== undefined || findFile(files, 'outbox.json') !== undefined;
}

type Parsed = { ok: true; value: Json } | { ok: false; kind: ImportFailureKind; message: Localized };

/** A person's account is a Person; a bot's a Service; a group's a Group (actor_serializer.rb). */
const ACTOR_TYPES = ['Person', 'Service', 'Group'];

function readJson(file: ImportFile, types: readonly string[], check: (v: Json) => boolean): Parsed {
  let text: string;
  try {
    text = decodeText(file.bytes).text;
  } catch (error) {
    if (error instanceof TextDecodeError) return { ok: false, kind: 'damaged', message: error.localized };
    throw error;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, kind: 'damaged', message: { fr: `${file.name} n’est pas un JSON valide (${detail}).`, en: `${file.name} is not valid JSON (${detail}).` } };
  }
  if (!isRecord(value) || typeof value.type !== 'string' || !types.includes(value.type) || !check(value)) {
    return {
      ok: false,
      kind: 'unrecognised',
      message: {
        fr: `${file.name} n’est pas le fichier attendu d’une archive Mastodon (un objet ActivityPub « ${types.join(' », « ')} »).`,
        en: `${file.name} is not the file a Mastodon archive holds (an ActivityPub ${types.map((t) => `"${t}"`).join(' or ')} object).`,
      },
    };
  }
  return { ok: true, value };
}

const refused = (kind: ImportFailureKind, message: Localized): ImportResult => ({
  ok: false,
  kind,
  message: { fr: `Archive Mastodon refusée : ${message.fr} Rien n’a été modifié.`, en: `Mastodon archive refused: ${message.en} Nothing was changed.` },
});

/** How ActivityPub names the Public collection (tag_manager.rb `public_collection?`). */
const PUBLIC = new Set(['https://www.w3.org/ns/activitystreams#Public', 'as:Public', 'Public']);
const addressed = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
/** Anyone may read it on the profile: public (Public in `to`) or unlisted (in `cc`). */
const isPublic = (activity: Json): boolean => [...addressed(activity.to), ...addressed(activity.cc)].some((a) => PUBLIC.has(a));

interface OutboxPosts {
  posts: ParsedPost[];
  read: number;
  boosts: number;
  restricted: number;
  /** The newest activity of any kind (ISO): the archive was made at least then. */
  newest: string | null;
}

/**
 * The Notes the account wrote and anyone can read: public and unlisted posts.
 * Boosts (Announce) are someone else's posts; followers-only and direct posts
 * are not public posting. Both are counted in the preview, not imported.
 */
function readPosts(outbox: Json): OutboxPosts {
  const items = Array.isArray(outbox.orderedItems) ? outbox.orderedItems : [];
  const posts: ParsedPost[] = [];
  let boosts = 0;
  let restricted = 0;
  let newest: string | null = null;
  for (const item of items) {
    const at = isRecord(item) ? new Date(str(item.published)) : null;
    if (at && !Number.isNaN(at.getTime()) && (newest === null || at.toISOString() > newest)) newest = at.toISOString();
    if (isRecord(item) && item.type === 'Announce') boosts++;
    if (!isRecord(item) || item.type !== 'Create' || !isRecord(item.object) || item.object.type !== 'Note') continue;
    const note = item.object;
    if (!isPublic(item) && !isPublic(note)) {
      restricted++;
      continue;
    }
    const id = str(note.id);
    const published = new Date(str(note.published) || str(item.published));
    if (id === '' || Number.isNaN(published.getTime())) continue;
    // A content warning (`summary`) is shown before the text, as Mastodon does.
    const warning = str(note.summary);
    const body = htmlText(str(note.content)).text;
    posts.push({
      externalId: id,
      network: 'mastodon',
      date: published.toISOString(),
      text: warning ? `${warning}\n\n${body}` : body,
      link: websiteUrl(str(note.url)) ?? id,
      isReply: str(note.inReplyTo) !== '',
    });
  }
  return { posts, read: items.length, boosts, restricted, newest };
}

export function importMastodon(target: Workspace, files: readonly ImportFile[], deps: ImportDeps): ImportResult {
  const actorFile = findFile(files, 'actor.json');
  const outboxFile = findFile(files, 'outbox.json');
  // Both files are checked before anything is changed: a malformed one refuses the whole archive.
  const actor = actorFile ? readJson(actorFile, ACTOR_TYPES, (v) => str(v.preferredUsername) !== '') : null;
  if (actor && !actor.ok) return refused(actor.kind, actor.message);
  const outbox = outboxFile ? readJson(outboxFile, ['OrderedCollection'], (v) => v.orderedItems === undefined || Array.isArray(v.orderedItems)) : null;
  if (outbox && !outbox.ok) return refused(outbox.kind, outbox.message);
  if (!actor && !outbox) return refused('unrecognised', { fr: 'ni actor.json ni outbox.json.', en: 'neither actor.json nor outbox.json.' });

  const read = outbox ? readPosts(outbox.value) : null;
  const posts = read?.posts ?? [];
  // The archive's date is its newest activity: the profile was as shown at least then.
  const newest = read?.newest ?? null;
  const draft = new Draft(target, { idGen: deps.idGen, now: deps.now, lang: deps.lang ?? 'en', registry: deps.registry, source: 'mastodon', sourceDate: newest?.slice(0, 10) ?? null });
  const person = actor?.value ?? null;
  const own = person ? ownProfile(person, deps) : null;
  const profile = draft.ensureProfile('mastodon', own ?? {});
  draft.count('profiles');
  if (person && actorFile) readActor(draft, profile, person, actorFile.name, deps);
  if (read && outboxFile) {
    mergeParsedPosts(draft, profile, { posts, issues: [], read: read.read });
    if (read.boosts > 0) {
      const one = read.boosts === 1;
      draft.issue('skipped', outboxFile.name, null, {
        fr: one ? "1 partage (boost) du post d’un autre compte, non importé." : `${read.boosts} partages (boosts) de posts d’autres comptes, non importés.`,
        en: one ? "1 boost of another account's post, not imported." : `${read.boosts} boosts of other accounts' posts, not imported.`,
      });
    }
    if (read.restricted > 0) {
      const one = read.restricted === 1;
      draft.issue('skipped', outboxFile.name, null, {
        fr: `${one ? '1 post réservé aux abonnés ou en message direct, non importé' : `${read.restricted} posts réservés aux abonnés ou en message direct, non importés`} : seuls les posts publics comptent comme publication.`,
        en: `${one ? '1 followers-only or direct post, not imported' : `${read.restricted} followers-only or direct posts, not imported`}: only public posts count as posting.`,
      });
    }
  }
  return { ok: true, plan: draft.finish('mastodon') };
}

/** `@user@host`, from the profile address (`url`) or else the actor's id. */
function ownProfile(person: Json, deps: ImportDeps): { url: string; handle: string } | null {
  const url = websiteUrl(str(person.url));
  const known = url ? knownProfile(url, deps.registry) : null;
  if (known?.network === 'mastodon') return { url: known.url, handle: known.handle };
  const host = hostOf(str(person.url)) ?? hostOf(str(person.id));
  const user = str(person.preferredUsername);
  return host ? { url: url ?? `https://${host}/@${user}`, handle: `${user}@${host}` } : null;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host || null;
  } catch {
    return null;
  }
}

function readActor(draft: Draft, profile: ReturnType<Draft['ensureProfile']>, person: Json, file: string, deps: ImportDeps): void {
  const name = str(person.name);
  draft.setProfile(profile, 'displayName', name, file);
  draft.fillPerson('displayName', name, file);
  const bio = htmlText(str(person.summary));
  draft.setProfile(profile, 'summary', bio.text, file);
  // The actor holds the whole bio: an empty one is known to be empty.
  if (bio.text === '') draft.seeFact(profile, 'summary', 'absent', file);
  // Links in the bio and in the profile fields (PropertyValue, HTML values) are what the profile shows.
  const fields = Array.isArray(person.attachment) ? person.attachment.filter((a): a is Json => isRecord(a) && a.type === 'PropertyValue') : [];
  const hrefs = [...bio.links, ...fields.flatMap((f) => htmlText(str(f.value)).links)];
  let shown = 0;
  for (const href of hrefs) {
    const url = websiteUrl(href);
    if (url === null) continue;
    draft.count('websites');
    const link = attachWebsite(draft, profile, url, deps.registry, file);
    if (link !== null) {
      draft.seeLink(profile, link, file);
      shown++;
    }
  }
  if (shown === 0) draft.seeFact(profile, 'links', 'absent', file);
  // The actor has an `icon` (pointing at avatar.<ext> in the archive) only when the account has a picture.
  draft.markPhoto(profile, isRecord(person.icon) && str(person.icon.url) !== '', file);
}
