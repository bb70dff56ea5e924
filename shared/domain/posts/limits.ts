import type { ImportIssue } from '../../schema/import-plan';
import { makeIssue, type IssueContext } from '../csv';
import type { ParsedPost } from './types';

/** Post.text and Post.link maxima in shared/schema/workspace.ts. */
const MAX_TEXT = 100_000;
const MAX_LINK = 2048;

/** Keeps a parsed post within the workspace schema's limits, saying what was cut. */
export function fitPostLimits(post: ParsedPost, where: string, issues: ImportIssue[], ctx: IssueContext): ParsedPost {
  let { text, link } = post;
  if (text.length > MAX_TEXT) {
    text = text.slice(0, MAX_TEXT);
    issues.push(makeIssue('warning', where, {
      en: `Post text longer than ${MAX_TEXT} characters was shortened.`,
      fr: `Le texte du post dépassait ${MAX_TEXT} caractères ; il a été raccourci.`,
    }, ctx));
  }
  if (link.length > MAX_LINK) {
    link = '';
    issues.push(makeIssue('warning', where, {
      en: `Link longer than ${MAX_LINK} characters was dropped.`,
      fr: `Le lien dépassait ${MAX_LINK} caractères ; il a été retiré.`,
    }, ctx));
  }
  return text === post.text && link === post.link ? post : { ...post, text, link };
}
