import { classify, detectFormat } from '../../../shared/domain/import/detect';
import { parseLinkedInShares, parseXArchive, postingStats, statsByNetwork, type PostingStats } from '../../../shared/domain/posts';
import type { ParsedPosts } from '../../../shared/domain/posts';
import { invalid, readInputFiles, type CliIo } from '../io';
import { loadWorkspace } from '../workspace-io';
import { importCommand } from './import';

const POST_FORMATS = new Set(['linkedin-shares', 'x-tweets', 'x-archive', 'linkedin-export']);

/** vitrine posts import <workspace> <Shares.csv|tweets.js|archive folder>: idempotent. */
export function postsImportCommand(io: CliIo, workspace: string, input: string): Promise<number> {
  const format = detectFormat(readInputFiles(io, input));
  if (typeof format !== 'string' || !POST_FORMATS.has(format)) {
    throw invalid(`${input} is not a posting history Vitrine can read (LinkedIn Shares.csv, or an X archive / tweets.js)`);
  }
  return importCommand(io, { input, into: workspace, dryRun: false, mode: 'merge', lang: 'en' });
}

function statsFromFile(io: CliIo, input: string): Record<string, PostingStats> {
  const files = readInputFiles(io, input);
  const format = classify(files);
  let parsed: ParsedPosts;
  if (format === 'linkedin-shares' || format === 'linkedin-export') {
    const shares = files.find((f) => /shares\.csv$/i.test(f.name));
    if (!shares) throw invalid(`${input}: no Shares.csv found`);
    parsed = parseLinkedInShares(shares.bytes);
  } else if (format === 'x-tweets' || format === 'x-archive') {
    parsed = parseXArchive(files.filter((f) => /\.js$/i.test(f.name)).map((f) => ({ name: f.name, text: Buffer.from(f.bytes).toString('utf8') })));
  } else {
    throw invalid(`${input} is not a workspace, a LinkedIn Shares.csv or an X tweets.js`);
  }
  for (const issue of parsed.issues) io.err(`${issue.level}${issue.where ? ` line ${issue.where}` : ''}: ${issue.message}`);
  return { [parsed.posts[0]?.network ?? 'unknown']: postingStats(parsed.posts.map((p) => Date.parse(p.date)), { now: io.now().getTime() }) };
}

/** vitrine posts stats <workspace|Shares.csv|tweets.js> [--json]: regularity per network. */
export function postsStatsCommand(io: CliIo, input: string, opts: { json: boolean }): number {
  const stats = /\.vitrine\.json$/i.test(input)
    ? statsByNetwork(loadWorkspace(io, input).posts, { now: io.now().getTime() })
    : statsFromFile(io, input);
  const out = Object.fromEntries(Object.entries(stats).map(([network, s]) => [network, {
    count: s.count,
    first: s.first,
    last: s.last,
    medianGapDays: s.medianGapDays,
    gapStdDevDays: s.gapStdDevDays,
    longestGapDays: s.longestGap?.days ?? null,
    longestGapStart: s.longestGap?.start ?? null,
    longestGapEnd: s.longestGap?.end ?? null,
    postsPerWeekByYear: s.perWeekByYear,
    currentStreakWeeks: s.currentStreakWeeks,
    longestStreakWeeks: s.longestStreakWeeks,
  }]));
  if (opts.json) {
    io.out(JSON.stringify(out, null, 2));
    return 0;
  }
  for (const [network, s] of Object.entries(out)) {
    io.out(`${network}: ${s.count} posts, ${s.first ?? '—'} → ${s.last ?? '—'}`);
    io.out(`  median gap ${s.medianGapDays?.toFixed(1) ?? '—'} days; longest gap ${s.longestGapDays?.toFixed(1) ?? '—'} days (${s.longestGapStart ?? ''} → ${s.longestGapEnd ?? ''})`);
    io.out(`  streak: current ${s.currentStreakWeeks} weeks, longest ${s.longestStreakWeeks} weeks`);
    io.out(`  posts per week: ${Object.entries(s.postsPerWeekByYear).map(([y, n]) => `${y} ${n.toFixed(2)}`).join(', ')}`);
  }
  return 0;
}
