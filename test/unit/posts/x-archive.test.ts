import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseXArchive, parseYtdFile } from '../../../shared/domain/posts';
import { TWEETS, tweetHeadersJs, tweetsJs } from '../../fixtures/posts/x-archive';

describe('parseYtdFile', () => {
  it('unwraps window.YTD.<key>.partN without running it', () => {
    expect(parseYtdFile('window.YTD.account.part0 = [ { "account": { "username": "jd" } } ];')).toEqual({
      ok: true, key: 'account', part: 0, data: [{ account: { username: 'jd' } }],
    });
    expect(parseYtdFile('\uFEFFwindow.YTD.tweets.part3 = []')).toMatchObject({ ok: true, key: 'tweets', part: 3 });
  });

  it('accepts bare JSON', () => {
    expect(parseYtdFile('[1, 2]')).toEqual({ ok: true, key: null, part: null, data: [1, 2] });
  });

  it('refuses JavaScript that is not JSON', () => {
    const r = parseYtdFile('window.YTD.tweets.part0 = (() => { throw new Error("ran") })()');
    expect(r.ok).toBe(false);
    expect(parseYtdFile('alert(1)').ok).toBe(false);
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      expect(typeof parseYtdFile(s).ok).toBe('boolean');
      expect(typeof parseYtdFile(`window.YTD.tweets.part0 = ${s}`).ok).toBe('boolean');
    }));
  });
});

describe('parseXArchive', () => {
  it('keeps own tweets, leaves out retweets and replies by default, with a count', () => {
    const { posts, issues, read } = parseXArchive([{ name: 'data/tweets.js', text: tweetsJs(TWEETS) }]);
    expect(read).toBe(4);
    expect(posts).toEqual([{
      externalId: '300', network: 'x', date: '2022-11-03T08:50:26Z', text: 'Bonjour & bienvenue <3',
      link: 'https://x.com/i/web/status/300', isRetweet: false, isReply: false,
    }]);
    expect(issues.map((i) => i.message)).toEqual(['2 retweets left out.', '1 replies left out.']);
  });

  it('keeps retweets and replies when asked, and applies the UTC offset', () => {
    const { posts } = parseXArchive([{ name: 'tweets.js', text: tweetsJs(TWEETS) }], { includeRetweets: true, includeReplies: true });
    expect(posts.map((p) => [p.externalId, p.isRetweet, p.isReply])).toEqual([
      ['300', false, false], ['200', true, false], ['150', true, false], ['100', false, true],
    ]);
    expect(posts[1]?.date).toBe('2022-11-02T19:30:39Z');
  });

  it('filters retweets and replies independently', () => {
    const onlyReplies = parseXArchive([{ name: 'tweets.js', text: tweetsJs(TWEETS) }], { includeReplies: true });
    expect(onlyReplies.posts.map((p) => p.externalId)).toEqual(['300', '100']);
  });

  it('combines parts and the old tweet.js name, keeping a repeated id once', () => {
    const files = [
      { name: 'tweet.js', text: tweetsJs(TWEETS.slice(0, 1), 0, 'tweet') },
      { name: 'tweet-part1.js', text: tweetsJs([{ id: '400', createdAt: 'Fri Nov 04 08:00:00 +0000 2022', text: 'part one' }, TWEETS[0]!], 1, 'tweet') },
    ];
    expect(parseXArchive(files).posts.map((p) => p.externalId)).toEqual(['300', '400']);
  });

  it('reads tweet-headers.js when there is no tweets.js, and warns that it cannot filter', () => {
    const headers = tweetHeadersJs([{ id: '5', createdAt: 'Sat Oct 09 10:00:00 +0000 2010' }, { id: '6', createdAt: 'Sun Oct 10 10:00:00 +0000 2010' }]);
    const { posts, issues } = parseXArchive([{ name: 'tweet-headers.js', text: headers }, { name: 'account.js', text: 'window.YTD.account.part0 = []' }]);
    expect(posts.map((p) => [p.externalId, p.date, p.text])).toEqual([['5', '2010-10-09T10:00:00Z', ''], ['6', '2010-10-10T10:00:00Z', '']]);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.level).toBe('warning');
    expect(issues[0]?.file).toBe('tweet-headers.js');
  });

  it('prefers tweets.js over tweet-headers.js', () => {
    const files = [
      { name: 'tweet-headers.js', text: tweetHeadersJs([{ id: '9', createdAt: 'Sat Oct 09 10:00:00 +0000 2010' }]) },
      { name: 'tweets.js', text: tweetsJs(TWEETS.slice(0, 1)) },
    ];
    expect(parseXArchive(files).posts.map((p) => p.externalId)).toEqual(['300']);
  });

  it('reports damaged tweet files and bad tweets, in French when asked', () => {
    const bad = 'window.YTD.tweets.part0 = [ { "tweet": { "id_str": "1", "created_at": "yesterday" } }, { "tweet": {} }, 7 ]';
    const { posts, issues } = parseXArchive([
      { name: 'tweets.js', text: bad },
      { name: 'tweets-part1.js', text: 'window.YTD.tweets.part1 = [ {' },
      { name: 'manifest.js', text: 'not json' },
    ], { lang: 'fr' });
    expect(posts).toEqual([]);
    expect(issues.map((i) => [i.level, i.file, i.where])).toEqual([
      ['error', 'tweets-part1.js', null],
      ['skipped', 'tweets.js', '[0]'], ['skipped', 'tweets.js', '[1]'], ['skipped', 'tweets.js', '[2]'],
    ]);
    expect(issues[1]?.message).toContain('date');
  });

  it('never throws on random JSON', () => {
    fc.assert(fc.property(fc.jsonValue(), fc.boolean(), (value, headers) => {
      const name = headers ? 'tweet-headers.js' : 'tweets.js';
      const result = parseXArchive([{ name, text: `window.YTD.${headers ? 'tweet_headers' : 'tweets'}.part0 = ${JSON.stringify(value)}` }]);
      expect(result.posts.length).toBeLessThanOrEqual(result.read);
    }));
  });
});
