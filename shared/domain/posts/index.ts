export type { ParsedPost, ParsedPosts, PostNetwork } from './types';
export { parseLinkedInShares } from './linkedin-shares';
export { parseXArchive, type XArchiveOptions } from './x-archive';
export { parseYtdFile, type YtdFile } from './ytd';
export { toWorkspacePosts, mergePosts, type MergePostsResult } from './merge';
export { postingStats, statsByNetwork, type PostingStats, type PostingStatsOptions } from './stats';
export { parseLinkedInDate, parseXDate, toIsoUtc } from './dates';
export { fnv1a64 } from './hash';
