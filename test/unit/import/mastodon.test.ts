import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { detectFormat, planImport } from '../../../shared/domain/import/detect';
import { selectNeeded } from '../../../shared/domain/import/files';
import { htmlText } from '../../../shared/domain/import/mastodon/html-text';
import { Workspace } from '../../../shared/schema/workspace';
import { asZipInput, deps, emptyWorkspace, folder } from '../../fixtures/import/helpers';

// Shaped like the actor.json and outbox.json of a Mastodon archive (fictional person, fictional instance).
const ACTOR = {
  '@context': ['https://www.w3.org/ns/activitystreams', 'https://w3id.org/security/v1'],
  id: 'https://pouet.example/users/zoe',
  type: 'Person',
  preferredUsername: 'zoe',
  name: 'Zoé Martin',
  summary: '<p>Illustratrice à Nantes.<br>Carnets &amp; affiches. <a href="https://pouet.example/tags/dessin" class="mention hashtag" rel="tag">#<span>dessin</span></a> <a href="https://autre.example/@ami" class="u-url mention">@<span>ami</span></a></p>',
  url: 'https://pouet.example/@zoe',
  icon: { type: 'Image', mediaType: 'image/png', url: 'avatar.png' },
  attachment: [
    { type: 'PropertyValue', name: 'Site', value: '<a href="https://zoe-martin.example" target="_blank" rel="nofollow noopener me" translate="no"><span class="invisible">https://</span><span class="">zoe-martin.example</span><span class="invisible"></span></a>' },
    { type: 'PropertyValue', name: 'LinkedIn', value: '<a href="https://www.linkedin.com/in/zoe-martin-illustration" rel="nofollow noopener me">linkedin.com/in/zoe-martin-illustration</a>' },
    { type: 'PropertyValue', name: 'Pronoms', value: 'elle' },
  ],
};

const note = (n: number, published: string, content: string, extra: Record<string, unknown> = {}) => ({
  id: `https://pouet.example/users/zoe/statuses/${n}/activity`,
  type: 'Create',
  actor: 'https://pouet.example/users/zoe',
  published,
  object: { id: `https://pouet.example/users/zoe/statuses/${n}`, type: 'Note', summary: null, inReplyTo: null, published, url: `https://pouet.example/@zoe/${n}`, content, ...extra },
});

const OUTBOX = {
  '@context': 'https://www.w3.org/ns/activitystreams',
  id: 'outbox.json',
  type: 'OrderedCollection',
  totalItems: 4,
  orderedItems: [
    note(101, '2026-03-02T09:30:00Z', '<p>Nouvelle affiche pour le festival.</p><p>Merci à toutes !</p>'),
    note(102, '2026-05-10T18:00:00Z', '<p>Réponse</p>', { inReplyTo: 'https://autre.example/users/ami/statuses/9' }),
    // A boost: someone else's post, never imported.
    { id: 'https://pouet.example/users/zoe/statuses/103/activity', type: 'Announce', published: '2026-06-01T00:00:00Z', object: 'https://autre.example/users/ami/statuses/10' },
    note(104, '2026-04-01T12:00:00Z', '<p>Croquis <script>alert(1)</script>du jour</p>', { summary: 'Dessin en cours' }),
  ],
};

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
    expect(detectFormat(asZipInput(folder(ARCHIVE), zipSync, 'archive-20261101.zip'))).toBe('mastodon');
    const names = ['archive/actor.json', 'archive/outbox.json', 'archive/likes.json', 'archive/bookmarks.json', 'archive/media_attachments/files/1.png', 'archive/avatar.png'];
    expect(selectNeeded(names.map((name) => ({ name }))).map((f) => f.name)).toEqual(['archive/actor.json', 'archive/outbox.json']);
  });

  it('fills the Mastodon profile from the actor: name, bio as text, fields as seen links, dated by the newest post', () => {
    const p = plan(ARCHIVE);
    expect(p.format).toBe('mastodon');
    const ws = Workspace.parse(p.result);
    const mastodon = ws.profiles.find((x) => x.network === 'mastodon');
    expect(mastodon).toMatchObject({ handle: 'zoe@pouet.example', url: 'https://pouet.example/@zoe', displayName: 'Zoé Martin' });
    expect(mastodon?.summary).toBe('Illustratrice à Nantes.\nCarnets & affiches. #dessin @ami');
    const source = { kind: 'mastodon', at: '2026-05-10', label: 'actor.json' };
    expect(mastodon?.facts.displayName).toEqual({ state: 'known', source });
    expect(mastodon?.facts.summary).toEqual({ state: 'known', source });
    expect(mastodon?.facts.links).toEqual({ state: 'known', source });
    // Mentions and hashtags are not the person's links.
    expect(mastodon?.links).toEqual(['https://zoe-martin.example', 'https://www.linkedin.com/in/zoe-martin-illustration']);
    expect(mastodon?.seenLinks).toEqual([
      { url: 'https://zoe-martin.example', source },
      { url: 'https://www.linkedin.com/in/zoe-martin-illustration', source },
    ]);
    // The icon is a remote address, never fetched: the photo is not checked.
    expect(mastodon?.facts.photo.state).toBe('unchecked');
    expect(ws.person.displayName).toBe('Zoé Martin');
    expect(ws.person.websites).toEqual(['https://zoe-martin.example']);
    expect(ws.profiles.some((x) => x.network === 'linkedin')).toBe(true);
  });

  it('adds its own posts to the posts log, boosts left out, content warnings kept, scripts never text', () => {
    const ws = Workspace.parse(plan(ARCHIVE).result);
    const mastodon = ws.profiles.find((x) => x.network === 'mastodon');
    const posts = [...ws.posts].sort((a, b) => a.date.localeCompare(b.date));
    expect(posts.map((x) => [x.date, x.text, x.link, x.source])).toEqual([
      ['2026-03-02T09:30:00.000Z', 'Nouvelle affiche pour le festival.\n\nMerci à toutes !', 'https://pouet.example/@zoe/101', { kind: 'mastodon', externalId: 'https://pouet.example/users/zoe/statuses/101' }],
      ['2026-04-01T12:00:00.000Z', 'Dessin en cours\n\nCroquis du jour', 'https://pouet.example/@zoe/104', { kind: 'mastodon', externalId: 'https://pouet.example/users/zoe/statuses/104' }],
      ['2026-05-10T18:00:00.000Z', 'Réponse', 'https://pouet.example/@zoe/102', { kind: 'mastodon', externalId: 'https://pouet.example/users/zoe/statuses/102' }],
    ]);
    expect(posts.every((x) => x.network === 'mastodon' && x.profileId === mastodon?.id && x.status === 'published')).toBe(true);
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
    if (!notPerson.ok) expect(notPerson.message.fr).toContain('actor.json n\'est pas le fichier attendu d\'une archive Mastodon');
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
