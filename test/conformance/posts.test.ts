import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLinkedInShares, parseXArchive, postingStats } from '../../shared/domain/posts';
import { announceRealdataSkip, hasRealdata, realdataPath } from '../support/realdata';

announceRealdataSkip('posts conformance');

const DAY = 86_400_000;

/** Gap figures computed with plain JS, independently of postingStats. */
function referenceGaps(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const gaps = sorted.slice(1).map((t, i) => (t - sorted[i]!) / DAY).sort((a, b) => a - b);
  const mid = gaps.length >> 1;
  return {
    first: sorted[0]!,
    last: sorted[sorted.length - 1]!,
    median: gaps.length % 2 ? gaps[mid]! : (gaps[mid - 1]! + gaps[mid]!) / 2,
    longest: gaps[gaps.length - 1]!,
  };
}

function expectAgrees(times: number[], reference: ReturnType<typeof referenceGaps>) {
  const stats = postingStats(times, { now: reference.last });
  expect(stats.count).toBe(times.length);
  expect(Date.parse(stats.first!)).toBe(reference.first);
  expect(Date.parse(stats.last!)).toBe(reference.last);
  expect(stats.medianGapDays).toBeCloseTo(reference.median, 9);
  expect(stats.longestGap?.days).toBeCloseTo(reference.longest, 9);
  return stats;
}

const shares = (folder: string) => parseLinkedInShares(new Uint8Array(readFileSync(realdataPath('linkedin_export', folder, 'Shares.csv'))));

/** Rows read straight off the raw text: each row starts with its date, then its share link. */
function rawShareRows(folder: string): { time: number; link: string }[] {
  const text = readFileSync(realdataPath('linkedin_export', folder, 'Shares.csv'), 'utf8');
  return [...text.matchAll(/^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}),(https:\/\/www\.linkedin\.com\/[^,]+)/gm)]
    .map((m) => ({ time: Date.parse(`${m[1]}T${m[2]}Z`), link: m[3]! }));
}

describe.skipIf(!hasRealdata)('LinkedIn Shares.csv, real exports', () => {
  it('sanand0: 202 rows from 2015-11-05 to 2025-07-01, one post listed 5 times; gaps agree with an independent computation', () => {
    const { posts, issues, read } = shares('sanand0_linkedin');
    const raw = rawShareRows('sanand0_linkedin');
    expect(raw).toHaveLength(202);
    expect(read).toBe(202);
    // The export repeats one share (same ShareLink, date and text) 5 times: kept once, the rest reported.
    const unique = [...new Map(raw.map((r) => [r.link, r.time])).values()];
    expect(unique).toHaveLength(198);
    expect(posts).toHaveLength(198);
    expect(issues.map((i) => [i.level, i.where])).toEqual([['skipped', '2397'], ['skipped', '2411'], ['skipped', '2425'], ['skipped', '2439']]);
    expect(posts.at(-1)?.date.slice(0, 10)).toBe('2015-11-05');
    expect(posts[0]?.date.slice(0, 10)).toBe('2025-07-01');
    expect(posts.filter((p) => p.date.startsWith('2025')).length).toBe(71);
    // Multi-line commentary comes back without LinkedIn's ""…"" wrapping.
    const multiLine = posts.filter((p) => p.text.includes('\n'));
    expect(multiLine.length).toBeGreaterThan(100);
    const stillWrapped = (text: string) => text.split('\n').slice(1).every((line) => line.startsWith('"'));
    expect(multiLine.filter((p) => stillWrapped(p.text))).toEqual([]);

    expectAgrees(posts.map((p) => Date.parse(p.date)), referenceGaps(unique));
    // The dataset's README counts all 202 rows: median gap 4.1 days, longest 363 days.
    const allRows = expectAgrees(raw.map((r) => r.time), referenceGaps(raw.map((r) => r.time)));
    expect(allRows.medianGapDays).toBeCloseTo(4.1, 1);
    expect(Math.round(allRows.longestGap!.days)).toBe(363);
  });

  it('apk0703: 13 posts (CRLF, SharedURL), an irregular profile', () => {
    const { posts, issues } = shares('apk0703_2024');
    expect(issues).toEqual([]);
    expect(posts).toHaveLength(13);
    const raw = rawShareRows('apk0703_2024').map((r) => r.time);
    expect(raw).toHaveLength(13);
    const stats = expectAgrees(posts.map((p) => Date.parse(p.date)), referenceGaps(raw));
    expect(Math.round(stats.longestGap!.days)).toBe(690);
    expect(posts.some((p) => p.text.includes('\r'))).toBe(false);
  });

  it('abhishekwebcode: 5 posts in the 2018 UTF-16LE TAB format', () => {
    const { posts, issues } = shares('abhishekwebcode_2018');
    expect(issues).toEqual([]);
    expect(posts.map((p) => p.date)).toEqual([
      '2017-06-08T08:15:44Z', '2016-08-25T17:41:57Z', '2016-08-20T12:16:21Z', '2016-08-14T15:58:41Z', '2015-10-04T16:00:15Z',
    ]);
    expect(posts.every((p) => p.externalId.startsWith('https://www.linkedin.com/feed/update/'))).toBe(true);
  });
});

describe.skipIf(!hasRealdata)('X archive, andreruffert_2022', () => {
  const file = (name: string) => ({ name, text: hasRealdata ? readFileSync(realdataPath('twitter_archive', 'andreruffert_2022', name), 'utf8') : '' });

  it('tweet-headers.js: 1,986 tweets, gaps agree with an independent computation', () => {
    const headers = file('tweet-headers.js');
    const { posts, read } = parseXArchive([headers], { includeRetweets: true, includeReplies: true });
    expect([read, posts.length]).toEqual([1986, 1986]);
    // V8's own Date.parse reads "Thu Nov 03 08:50:26 +0000 2022": an independent parser.
    const raw = [...headers.text.matchAll(/"created_at" : "([^"]+)"/g)].map((m) => Date.parse(m[1]!));
    expect(raw).toHaveLength(1986);
    expect(raw.every(Number.isFinite)).toBe(true);
    const stats = expectAgrees(posts.map((p) => Date.parse(p.date)), referenceGaps(raw));
    expect(stats.first?.slice(0, 7)).toBe('2010-10');
    expect(stats.last?.slice(0, 7)).toBe('2022-11');
  });

  it('tweets.js: 643 retweets and 485 replies are left out unless asked for', () => {
    const tweets = [file('tweets.js'), file('account.js'), file('profile.js'), file('manifest.js')];
    const own = parseXArchive(tweets);
    expect(own.read).toBe(1986);
    expect(own.posts).toHaveLength(1986 - 643 - 485);
    expect(own.issues.map((i) => i.message)).toEqual(['643 retweets left out.', '485 replies left out.']);
    expect(parseXArchive(tweets, { includeRetweets: true }).posts).toHaveLength(1986 - 485);
    const all = parseXArchive(tweets, { includeRetweets: true, includeReplies: true });
    expect(all.posts).toHaveLength(1986);
    // Same dates as tweet-headers.js.
    const headerDates = parseXArchive([file('tweet-headers.js')], { includeRetweets: true, includeReplies: true }).posts.map((p) => p.date).sort();
    expect(all.posts.map((p) => p.date).sort()).toEqual(headerDates);
  });
});
