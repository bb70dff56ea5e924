import { describe, expect, it } from 'vitest';
import { importXArchive } from '../../../shared/domain/import/x-archive';
import { Profile, Workspace } from '../../../shared/schema/workspace';
import { deps, emptyWorkspace, folder } from '../../fixtures/import/helpers';
import { ACCOUNT_JS, profileJs, TWEET_HEADERS, TWEETS_PART0, TWEETS_PART1 } from '../../fixtures/import/x-archive';

function plan(files: Record<string, string>, target = emptyWorkspace(), opts: { includeRetweets?: boolean; includeReplies?: boolean } = {}) {
  const before = structuredClone(target);
  const r = importXArchive(target, folder(files), { ...deps(), ...opts });
  expect(target).toEqual(before);
  if (!r.ok) throw new Error(r.message.en);
  Workspace.parse(r.plan.result);
  return r.plan;
}

describe('importXArchive', () => {
  it('builds the X profile from account.js and profile.js', () => {
    const p = plan({ 'data/account.js': ACCOUNT_JS, 'data/profile.js': profileJs('https://jdupont.example') });
    const [x] = p.result.profiles;
    expect(p.format).toBe('x-archive');
    expect(x).toMatchObject({
      network: 'x', handle: 'jdupont_dev', url: 'https://x.com/jdupont_dev', displayName: 'Jeanne Dupont',
      summary: 'Développeuse #TypeScript', location: 'Lyon, France', links: ['https://jdupont.example'],
    });
    // What the archive showed is known, from it; what it does not show stays to verify.
    const fromArchive = (label: string) => ({ state: 'known', source: { kind: 'x-archive', at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), label } });
    expect(x!.facts).toMatchObject({ displayName: fromArchive('account.js'), summary: fromArchive('profile.js'), photo: fromArchive('profile.js'), links: fromArchive('') });
    expect(x!.facts.headline.state).toBe('unchecked');
    expect(p.result.person).toMatchObject({ displayName: 'Jeanne Dupont', location: 'Lyon, France', websites: ['https://jdupont.example'] });
  });

  it('a website that is a network profile becomes that profile, not a person website', () => {
    const p = plan({ 'account.js': ACCOUNT_JS, 'profile.js': profileJs('github.com/jdupont-dev') });
    expect(p.result.person.websites).toEqual([]);
    expect(p.result.profiles.map((x) => [x.network, x.handle])).toEqual([['x', 'jdupont_dev'], ['github', 'jdupont-dev']]);
    expect(p.result.profiles[0]!.links).toEqual(['https://github.com/jdupont-dev']);
  });

  it('keeps a t.co website as written, with a warning; also warns for t.co in the bio', () => {
    const p = plan({ 'account.js': ACCOUNT_JS, 'profile.js': profileJs('https://t.co/AbCdEf', 'Voir https://t.co/xyz', 'https://abs.twimg.com/sticky/default_profile_images/default_profile.png') });
    expect(p.result.profiles[0]!.links).toEqual(['https://t.co/AbCdEf']);
    expect(p.result.person.websites).toEqual([]);
    expect(p.result.profiles[0]!.facts.photo).toMatchObject({ state: 'absent', source: { kind: 'x-archive', label: 'profile.js' } });
    expect(p.issues.filter((i) => i.level === 'warning' && /t\.co/.test(i.message))).toHaveLength(2);
  });

  it('imports tweets from every part once, leaving retweets out by default but keeping replies', () => {
    const p = plan({ 'data/account.js': ACCOUNT_JS, 'data/tweets.js': TWEETS_PART0, 'data/tweets-part1.js': TWEETS_PART1 });
    const x = p.result.profiles[0]!;
    expect(p.result.posts.map((post) => post.source?.externalId).sort()).toEqual(['1001', '1003', '1004']);
    expect(p.result.posts.every((post) => post.profileId === x.id && post.network === 'x')).toBe(true);
    expect(p.result.posts.find((post) => post.source?.externalId === '1001')).toMatchObject({ text: 'Premier tweet & demi', date: '2022-11-03T08:50:26Z' });
    expect(p.issues).toEqual(expect.arrayContaining([expect.objectContaining({ level: 'skipped', message: '1 retweets left out.' })]));

    const all = plan({ 'data/tweets.js': TWEETS_PART0 }, emptyWorkspace(), { includeRetweets: true, includeReplies: false });
    expect(all.result.posts.map((post) => post.source?.externalId).sort()).toEqual(['1001', '1002']);
  });

  it('uses tweet-headers.js when there is no tweets.js; tweets alone are the x-tweets format', () => {
    const p = plan({ 'tweet-headers.js': TWEET_HEADERS });
    expect(p.format).toBe('x-tweets');
    expect(p.result.posts).toHaveLength(2);
    expect(p.result.profiles).toEqual([expect.objectContaining({ network: 'x', handle: '' })]);
  });

  it('is idempotent, and fills the handle of an existing empty X profile instead of adding one', () => {
    const target = emptyWorkspace();
    target.profiles.push(Profile.parse({ id: 'mine', network: 'x', notes: 'gardé' }));
    const first = plan({ 'account.js': ACCOUNT_JS, 'tweets.js': TWEETS_PART0 }, target);
    expect(first.result.profiles).toEqual([expect.objectContaining({ id: 'mine', handle: 'jdupont_dev', notes: 'gardé' })]);
    const again = plan({ 'account.js': ACCOUNT_JS, 'tweets.js': TWEETS_PART0 }, first.result);
    expect(again.changes).toEqual([]);
    expect(again.result).toEqual(first.result);
  });

  it('reports a damaged file by name and still reads the rest', () => {
    const p = plan({ 'account.js': 'window.YTD.account.part0 = [ {"account": ', 'tweets.js': TWEETS_PART1 });
    expect(p.issues).toEqual(expect.arrayContaining([expect.objectContaining({ level: 'error', file: 'account.js' })]));
    expect(p.result.posts).toHaveLength(2);
  });

  it('refuses files with nothing from an X archive', () => {
    expect(importXArchive(emptyWorkspace(), folder({ 'a.txt': 'x' }), deps()).ok).toBe(false);
  });
});
