import type { ImportIssue } from '../../schema/import-plan';
import { decodeText, makeIssue, readCsv, TextDecodeError, type IssueContext } from '../csv';
import { parseLinkedInDate, toIsoUtc } from './dates';
import { fnv1a64 } from './hash';
import { fitPostLimits } from './limits';
import type { ParsedPost, ParsedPosts } from './types';

/**
 * Reads LinkedIn's Shares.csv in every vintage seen: 2018 (UTF-16LE, tabs,
 * `Share Link`/`Share Commentary`, `2017/06/08 08:15:44 UTC`) and 2024/2025
 * (UTF-8, commas, `ShareLink`/`ShareCommentary`, `SharedURL` or `SharedUrl`).
 * Columns are found by name, so the two spellings are one column.
 */
export function parseLinkedInShares(bytes: Uint8Array, issueContext: IssueContext = {}): ParsedPosts {
  const ctx: IssueContext = { file: 'Shares.csv', ...issueContext };
  let text: string;
  try {
    text = decodeText(bytes).text;
  } catch (e) {
    if (!(e instanceof TextDecodeError)) throw e;
    return { posts: [], issues: [makeIssue('error', e.line, e.localized, ctx)], read: 0 };
  }
  const table = readCsv(text, ctx);
  const issues: ImportIssue[] = [...table.issues];
  if (!table.has('Date') || !table.has('ShareLink', 'ShareCommentary')) {
    issues.push(makeIssue('error', 1, {
      en: 'This is not a LinkedIn Shares.csv file: the Date and ShareLink/ShareCommentary columns are missing.',
      fr: 'Ce fichier n\'est pas un Shares.csv de LinkedIn : les colonnes Date et ShareLink/ShareCommentary manquent.',
    }, ctx));
    return { posts: [], issues, read: table.rows.length };
  }

  const posts: ParsedPost[] = [];
  const seen = new Set<string>();
  for (const row of table.rows) {
    const where = String(row.line);
    const rawDate = row.get('Date').trim();
    const ms = parseLinkedInDate(rawDate);
    if (ms === null) {
      issues.push(makeIssue('skipped', where, {
        en: `Row skipped: unreadable date "${rawDate}" (expected 2024-05-13 10:20:30).`,
        fr: `Ligne ignorée : date illisible « ${rawDate} » (attendu 2024-05-13 10:20:30).`,
      }, ctx));
      continue;
    }
    const date = toIsoUtc(ms);
    const shareLink = row.get('ShareLink').trim();
    // Older exports leave the commentary empty for shared articles: fall back to their title.
    const body = row.get('ShareCommentary') || row.get('Share Title') || row.get('Share Description');
    const externalId = shareLink || `h:${fnv1a64(`${date}\n${body}`)}`;
    if (seen.has(externalId)) {
      issues.push(makeIssue('skipped', where, {
        en: 'Row skipped: the same post appears earlier in the file.',
        fr: 'Ligne ignorée : le même post figure plus haut dans le fichier.',
      }, ctx));
      continue;
    }
    seen.add(externalId);
    const link = shareLink || row.get('SharedUrl').trim() || row.get('MediaUrl').trim();
    posts.push(fitPostLimits({ externalId, network: 'linkedin', date, text: body, link }, where, issues, ctx));
  }
  return { posts, issues, read: table.rows.length };
}
