import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { detectFormat, planImport } from '../../../shared/domain/import/detect';
import { selectNeeded } from '../../../shared/domain/import/files';
import { htmlText } from '../../../shared/domain/import/mastodon/html-text';
import { Workspace } from '../../../shared/schema/workspace';
import { asZipInput, deps, emptyWorkspace, folder } from '../../fixtures/import/helpers';
import { ACTOR, archiveFiles, ARCHIVE_NAME, note, OUTBOX } from '../../fixtures/import/mastodon';

const ARCHIVE = { 'archive/actor.json': JSON.stringify(ACTOR), 'archive/outbox.json': JSON.stringify(OUTBOX) };

function plan(files: Record<string, string>, target = emptyWorkspace()) {
  const before = structuredClone(target);
  const r = planImport(target, folder(files), deps());
  expect(target).toEqual(before);
  if (!r.ok) throw new Error(r.message.en);
  return r.plan;
}

describe('Mastodon account archive', () => {
  it('is detected by its files, in a folder or a zip, and only actor.json and outbox.json are read', () => {
    expect(detectFormat(folder(ARCHIVE))).toBe('mastodon');
    expect(detectFormat(asZipInput(folder(archiveFiles()), zipSync, ARCHIVE_NAME))).toBe('mastodon');
    const names = Object.keys(archiveFiles());
    expect(selectNeeded(names.map((name) => ({ name }))).map((f) => f.name)).toEqual(['outbox.json', 'actor.json']);
  });

  it('fills the Mastodon profile from the actor: name, bio as text, fields as seen links, photo, dated by the newest activity', () => {
    const p = plan(ARCHIVE);
    expect(p.format).toBe('mastodon');
    const ws = Workspace.parse(p.result);
    const mastodon = ws.profiles.find((x) => x.network === 'mastodon');
    expect(mastodon).toMatchObject({ handle: 'zoe@pouet.example', url: 'https://pouet.example/@zoe', displayName: 'Zoé Martin' });
    expect(mastodon?.summary).toBe('Illustratrice à Nantes.\nCarnets & affiches. #dessin @ami');
    const source = { kind: 'mastodon', at: '2026-06-01', label: 'actor.json' };
    expect(mastodon?.facts.displayName).toEqual({ state: 'known', source });
    expect(mastodon?.facts.summary).toEqual({ state: 'known', source });
    expect(mastodon?.facts.links).toEqual({ state: 'known', source });
    // Mentions and hashtags are not the person's links.
    expect(mastodon?.links).toEqual(['https://zoe-martin.example', 'https://www.linkedin.com/in/zoe-martin-illustration']);
    expect(mastodon?.seenLinks).toEqual([
      { url: 'https://zoe-martin.example', source },
      { url: 'https://www.linkedin.com/in/zoe-martin-illustration', source },
    ]);
    // `icon` points at avatar.png in the archive: the account shows a picture.
    expect(mastodon?.facts.photo).toEqual({ state: 'known', source });
    expect(ws.person.displayName).toBe('Zoé Martin');
    expect(ws.person.websites).toEqual(['https://zoe-martin.example']);
    expect(ws.profiles.some((x) => x.network === 'linkedin')).toBe(true);
  });

  it('adds its public and unlisted posts to the posts log; boosts, followers-only and direct posts counted, not imported', () => {
    const p = plan(ARCHIVE);
    const ws = Workspace.parse(p.result);
    const mastodon = ws.profiles.find((x) => x.network === 'mastodon');
    const posts = [...ws.posts].sort((a, b) => a.date.localeCompare(b.date));
    expect(posts.map((x) => [x.date, x.text, x.link, x.source])).toEqual([
      ['2026-03-02T09:30:00.000Z', 'Nouvelle affiche pour le festival.\n\nMerci à toutes !', 'https://pouet.example/@zoe/101', { kind: 'mastodon', externalId: 'https://pouet.example/users/zoe/statuses/101' }],
      ['2026-04-01T12:00:00.000Z', 'Dessin en cours\n\nCroquis du jour', 'https://pouet.example/@zoe/104', { kind: 'mastodon', externalId: 'https://pouet.example/users/zoe/statuses/104' }],
      ['2026-05-10T18:00:00.000Z', 'Réponse', 'https://pouet.example/@zoe/102', { kind: 'mastodon', externalId: 'https://pouet.example/users/zoe/statuses/102' }],
    ]);
    expect(posts.every((x) => x.network === 'mastodon' && x.profileId === mastodon?.id && x.status === 'published')).toBe(true);
    expect(p.issues.filter((i) => i.level === 'skipped').map((i) => [i.file, i.message])).toEqual([
      ['archive/outbox.json', '1 boost of another account\'s post, not imported.'],
      ['archive/outbox.json', '2 followers-only or direct posts, not imported: only public posts count as posting.'],
    ]);
    expect(p.read.posts).toBe(3);
  });

  it('an actor without an icon has no picture; a bot (Service) is read too', () => {
    const { icon: _icon, ...noIcon } = ACTOR;
    const p = plan({ 'actor.json': JSON.stringify({ ...noIcon, type: 'Service' }) });
    expect(p.result.profiles.find((x) => x.network === 'mastodon')?.facts.photo.state).toBe('absent');
  });

  it('a post addressed to nobody public is not counted, even without cc', () => {
    const onlyFollowers = { ...note(201, '2026-01-01T00:00:00Z', '<p>x</p>', 'private') };
    const p = plan({ 'outbox.json': JSON.stringify({ ...OUTBOX, orderedItems: [onlyFollowers] }) });
    expect(p.result.posts).toEqual([]);
  });

  it('refuses a .tar.gz with a way out (unpack it, import the folder), and changes nothing', () => {
    const target = emptyWorkspace();
    const r = planImport(target, [{ name: 'archive-20200101.tar.gz', bytes: new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]) }], deps());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.en).toMatch(/\.tar\.gz .*unpack it, then import the folder.*Nothing was changed\.$/);
    expect(target).toEqual(emptyWorkspace());
  });

  it('imports the same archive twice without duplicating posts or links', () => {
    const first = Workspace.parse(plan(ARCHIVE).result);
    const again = plan(ARCHIVE, first);
    const ws = Workspace.parse(again.result);
    expect(ws.posts).toHaveLength(3);
    expect(ws.profiles.filter((x) => x.network === 'mastodon')).toHaveLength(1);
    expect(ws.profiles.find((x) => x.network === 'mastodon')?.links).toHaveLength(2);
    expect(again.changes.filter((c) => c.entity === 'post')).toEqual([]);
  });

  it('an empty bio and no field links are known absent; the outbox alone dates nothing of the bio', () => {
    const bare = { ...ACTOR, summary: '', attachment: [] };
    const p = plan({ 'actor.json': JSON.stringify(bare), 'outbox.json': JSON.stringify({ ...OUTBOX, orderedItems: [] }) });
    const mastodon = p.result.profiles.find((x) => x.network === 'mastodon');
    expect(mastodon?.facts.summary.state).toBe('absent');
    expect(mastodon?.facts.links.state).toBe('absent');
    const onlyPosts = Workspace.parse(plan({ 'outbox.json': JSON.stringify(OUTBOX) }).result);
    expect(onlyPosts.posts).toHaveLength(3);
    expect(onlyPosts.profiles.find((x) => x.network === 'mastodon')?.facts.summary.state).toBe('unchecked');
  });

  it('refuses a malformed file with a clear message, and changes nothing', () => {
    const target = emptyWorkspace();
    const before = structuredClone(target);
    const broken = planImport(target, folder({ 'actor.json': JSON.stringify(ACTOR), 'outbox.json': '{"type": "OrderedCollection", "orderedItems": [' }), deps());
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.message.en).toMatch(/^Mastodon archive refused: outbox\.json is not valid JSON .*Nothing was changed\.$/);
    const notPerson = planImport(target, folder({ 'actor.json': JSON.stringify({ type: 'Organization', name: 'x' }) }), deps());
    expect(notPerson.ok).toBe(false);
    if (!notPerson.ok) expect(notPerson.message.fr).toContain('actor.json n’est pas le fichier attendu d’une archive Mastodon');
    expect(target).toEqual(before);
  });
});

describe('htmlText', () => {
  it('reads text and links with a parser, never running or fetching anything', () => {
    const r = htmlText('<p>a<img src="https://tracker.example/p.png">b</p><p><a href="https://site.example">site</a></p>');
    expect(r).toEqual({ text: 'ab\n\nsite', links: ['https://site.example'] });
    expect(htmlText('<div>'.repeat(20000) + 'deep').text).toBe('deep');
  });
});
