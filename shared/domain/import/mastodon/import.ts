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
 * archive), zipped or unpacked. Only `actor.json` (the ActivityPub Person:
 * name, bio, profile fields) and `outbox.json` (an OrderedCollection of
 * Create activities holding Notes) are read; media stay in the archive and
 * the avatar is a remote address, never fetched.
 */
type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** Whether these files hold a Mastodon archive's actor.json or outbox.json. */
export function hasMastodonFiles(files: readonly ImportFile[]): boolean {
  return findFile(files, 'actor.json') !== undefined || findFile(files, 'outbox.json') !== undefined;
}

type Parsed = { ok: true; value: Json } | { ok: false; kind: ImportFailureKind; message: Localized };

function readJson(file: ImportFile, type: string, check: (v: Json) => boolean): Parsed {
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
    return { ok: false, kind: 'damaged', message: { fr: `${file.name} n'est pas un JSON valide (${detail}).`, en: `${file.name} is not valid JSON (${detail}).` } };
  }
  if (!isRecord(value) || value.type !== type || !check(value)) {
    return {
      ok: false,
      kind: 'unrecognised',
      message: {
        fr: `${file.name} n'est pas le fichier attendu d'une archive Mastodon (un objet ActivityPub « ${type} »).`,
        en: `${file.name} is not the file a Mastodon archive holds (an ActivityPub "${type}" object).`,
      },
    };
  }
  return { ok: true, value };
}

const refused = (kind: ImportFailureKind, message: Localized): ImportResult => ({
  ok: false,
  kind,
  message: { fr: `Archive Mastodon refusée : ${message.fr} Rien n'a été modifié.`, en: `Mastodon archive refused: ${message.en} Nothing was changed.` },
});

/** The Notes the account wrote: Create activities only (an Announce is someone else's post, boosted). */
function readPosts(outbox: Json): ParsedPost[] {
  const items = Array.isArray(outbox.orderedItems) ? outbox.orderedItems : [];
  const posts: ParsedPost[] = [];
  for (const item of items) {
    if (!isRecord(item) || item.type !== 'Create' || !isRecord(item.object) || item.object.type !== 'Note') continue;
    const note = item.object;
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
  return posts;
}

export function importMastodon(target: Workspace, files: readonly ImportFile[], deps: ImportDeps): ImportResult {
  const actorFile = findFile(files, 'actor.json');
  const outboxFile = findFile(files, 'outbox.json');
  // Both files are checked before anything is changed: a malformed one refuses the whole archive.
  const actor = actorFile ? readJson(actorFile, 'Person', (v) => str(v.preferredUsername) !== '') : null;
  if (actor && !actor.ok) return refused(actor.kind, actor.message);
  const outbox = outboxFile ? readJson(outboxFile, 'OrderedCollection', (v) => v.orderedItems === undefined || Array.isArray(v.orderedItems)) : null;
  if (outbox && !outbox.ok) return refused(outbox.kind, outbox.message);
  if (!actor && !outbox) return refused('unrecognised', { fr: 'ni actor.json ni outbox.json.', en: 'neither actor.json nor outbox.json.' });

  const posts = outbox ? readPosts(outbox.value) : [];
  // The archive's date is its newest post: the profile was as shown at least then.
  const newest = posts.reduce<string | null>((max, p) => (max === null || p.date > max ? p.date : max), null);
  const draft = new Draft(target, { idGen: deps.idGen, now: deps.now, lang: deps.lang ?? 'en', registry: deps.registry, source: 'mastodon', sourceDate: newest?.slice(0, 10) ?? null });
  const person = actor?.value ?? null;
  const own = person ? ownProfile(person, deps) : null;
  const profile = draft.ensureProfile('mastodon', own ?? {});
  draft.count('profiles');
  if (person && actorFile) readActor(draft, profile, person, actorFile.name, deps);
  if (outbox && outboxFile) {
    mergeParsedPosts(draft, profile, { posts, issues: [], read: Array.isArray(outbox.value.orderedItems) ? outbox.value.orderedItems.length : 0 });
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
  // `icon` is a remote picture address: the photo is never fetched, so it stays not checked.
}
