import type { FieldLimits } from '../../../../shared/schema/network';
import type { Profile } from '../../../../shared/schema/workspace';

/** A soft limit broken: which message key and its numbers (the UI words it). */
export interface LimitProblem {
  key: 'nameOver' | 'headlineOver' | 'summaryOver' | 'summaryUnder' | 'keywordsUnder' | 'keywordsOver';
  max?: number;
  min?: number;
}

export interface FieldCheck {
  count: number;
  max?: number;
  problem: LimitProblem | null;
}

/** Characters as people count them (an emoji is one), like the networks do. */
export function charCount(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

function overMax(count: number, max: number | undefined, key: LimitProblem['key']): LimitProblem | null {
  return max !== undefined && count > max ? { key, max } : null;
}

/**
 * Where a profile's text breaks its network's limits. An empty summary is not
 * "too short": the audit reports a missing summary separately.
 */
export function checkLimits(profile: Pick<Profile, 'displayName' | 'headline' | 'summary' | 'keywords' | 'status'>, limits: FieldLimits): Record<'displayName' | 'headline' | 'summary' | 'keywords', FieldCheck> {
  const name = charCount(profile.displayName);
  const headline = charCount(profile.headline);
  const summary = charCount(profile.summary);
  const keywords = profile.keywords.length;
  const summaryShort = limits.summaryMin !== undefined && summary > 0 && summary < limits.summaryMin ? { key: 'summaryUnder' as const, min: limits.summaryMin } : null;
  const keywordsFew = limits.keywordsMin !== undefined && keywords < limits.keywordsMin ? { key: 'keywordsUnder' as const, min: limits.keywordsMin } : null;
  return {
    displayName: { count: name, max: limits.nameMax, problem: overMax(name, limits.nameMax, 'nameOver') },
    headline: { count: headline, max: limits.headlineMax, problem: overMax(headline, limits.headlineMax, 'headlineOver') },
    summary: { count: summary, max: limits.summaryMax, problem: overMax(summary, limits.summaryMax, 'summaryOver') ?? summaryShort },
    keywords: { count: keywords, max: limits.keywordsMax, problem: overMax(keywords, limits.keywordsMax, 'keywordsOver') ?? keywordsFew },
  };
}
