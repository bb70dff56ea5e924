import type { ImportIssue } from '../../schema/import-plan';
import { makeIssue, type IssueContext } from '../csv';
import { parseXDate, toIsoUtc } from './dates';
import { fitPostLimits } from './limits';
import type { ParsedPost, ParsedPosts } from './types';
import { parseYtdFile } from './ytd';

export interface XArchiveOptions extends IssueContext {
  /** Keep retweets (default false: they are someone else's content). */
  includeRetweets?: boolean;
  /** Keep replies (default false: conversation, not posting). */
  includeReplies?: boolean;
}

type Kind = 'full' | 'headers';

/** YTD keys of tweet files; old archives say `tweet`, newer ones `tweets`. */
const KINDS: Record<string, Kind> = { tweets: 'full', tweet: 'full', tweet_headers: 'headers', tweets_headers: 'headers' };

/** For files without the YTD wrapper: `tweets.js`, `tweet.js`, `tweets-part1.js`, `tweet-headers.js`. */
function kindFromName(name: string): Kind | undefined {
  const base = name.split(/[\\/]/).pop() ?? '';
  if (/^tweets?(-part\d+)?\.js(on)?$/i.test(base)) return 'full';
  if (/^tweets?-headers(-part\d+)?\.js(on)?$/i.test(base)) return 'headers';
  return undefined;
}

interface Tally { retweets: number; replies: number }

/**
 * Reads tweets from an X archive's data files. Full tweets (tweets.js) win
 * over tweet-headers.js, which has dates only and cannot tell retweets or
 * replies apart. Parts (part0, part1…) are combined; a tweet id seen twice
 * is kept once. Files that are not tweet files are ignored.
 */
export function parseXArchive(files: { name: string; text: string }[], opts: XArchiveOptions = {}): ParsedPosts {
  const issues: ImportIssue[] = [];
  const byKind: Record<Kind, { file: string; entries: unknown[] }[]> = { full: [], headers: [] };
  for (const file of files) {
    const ctx = { lang: opts.lang, file: file.name };
    const parsed = parseYtdFile(file.text);
    if (!parsed.ok) {
      if (kindFromName(file.name)) issues.push(makeIssue('error', null, parsed.error, ctx));
      continue;
    }
    const kind = parsed.key === null ? kindFromName(file.name) : KINDS[parsed.key];
    if (!kind) continue;
    if (!Array.isArray(parsed.data)) {
      issues.push(makeIssue('error', null, { en: 'Expected a list of tweets.', fr: 'Une liste de tweets était attendue.' }, ctx));
      continue;
    }
    byKind[kind].push({ file: file.name, entries: parsed.data });
  }

  const kind: Kind = byKind.full.length > 0 ? 'full' : 'headers';
  if (kind === 'headers' && byKind.headers.length > 0 && (opts.includeRetweets !== true || opts.includeReplies !== true)) {
    issues.push(makeIssue('warning', null, {
      en: 'Only tweet-headers.js was found: it has dates but no text, so retweets and replies are counted as posts. Add tweets.js to filter them out.',
      fr: 'Seul tweet-headers.js a été trouvé : il donne les dates sans le texte, donc les retweets et les réponses comptent comme des posts. Ajoutez tweets.js pour les écarter.',
    }, { lang: opts.lang, file: byKind.headers[0]?.file ?? null }));
  }

  const posts: ParsedPost[] = [];
  const seen = new Set<string>();
  const tally: Tally = { retweets: 0, replies: 0 };
  let read = 0;
  for (const { file, entries } of byKind[kind]) {
    const ctx = { lang: opts.lang, file };
    entries.forEach((entry, index) => {
      read++;
      const where = `[${index}]`;
      const post = readTweet(entry);
      if (typeof post === 'string') {
        issues.push(makeIssue('skipped', where, {
          en: `Tweet skipped: ${post === 'id' ? 'no id' : 'unreadable created_at date'}.`,
          fr: `Tweet ignoré : ${post === 'id' ? 'identifiant absent' : 'date created_at illisible'}.`,
        }, ctx));
        return;
      }
      if (seen.has(post.externalId)) return;
      seen.add(post.externalId);
      if (post.isRetweet && !opts.includeRetweets) { tally.retweets++; return; }
      if (post.isReply && !post.isRetweet && !opts.includeReplies) { tally.replies++; return; }
      posts.push(fitPostLimits(post, where, issues, ctx));
    });
  }
  reportFiltered(tally, issues, opts);
  return { posts, issues, read };
}

function reportFiltered(tally: Tally, issues: ImportIssue[], ctx: IssueContext): void {
  if (tally.retweets > 0) {
    issues.push(makeIssue('skipped', null, {
      en: `${tally.retweets} retweets left out.`,
      fr: `${tally.retweets} retweets écartés.`,
    }, ctx));
  }
  if (tally.replies > 0) {
    issues.push(makeIssue('skipped', null, {
      en: `${tally.replies} replies left out.`,
      fr: `${tally.replies} réponses écartées.`,
    }, ctx));
  }
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** X escapes these three in full_text. */
function unescapeText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** A tweet, or what is missing: 'id' or 'date'. */
function readTweet(entry: unknown): ParsedPost | 'id' | 'date' {
  const outer = entry !== null && typeof entry === 'object' ? (entry as Record<string, unknown>) : {};
  // Current archives wrap each tweet as {tweet: {...}}; 2019 ones did not.
  const inner = outer.tweet;
  const t = inner !== null && typeof inner === 'object' ? (inner as Record<string, unknown>) : outer;
  const id = str(t.id_str) || str(t.id) || str(t.tweet_id);
  if (!/^\d+$/.test(id)) return 'id';
  const ms = parseXDate(str(t.created_at));
  if (ms === null) return 'date';
  const text = unescapeText(str(t.full_text) || str(t.text));
  const post: ParsedPost = { externalId: id, network: 'x', date: toIsoUtc(ms), text, link: `https://x.com/i/web/status/${id}` };
  if ('full_text' in t || 'text' in t) {
    post.isRetweet = text.startsWith('RT @') || t.retweeted_status !== undefined;
    post.isReply = str(t.in_reply_to_status_id_str) !== '' || str(t.in_reply_to_status_id) !== '';
  }
  return post;
}
