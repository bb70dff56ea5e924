import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];

/** Elements that end a line or a paragraph in Mastodon's HTML (bios, fields, posts). */
const BREAK = new Set(['br']);
const BLOCK = new Set(['p', 'div', 'li', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export interface HtmlText {
  text: string;
  /** `href` of every `<a>` but mentions and hashtags (they point into the fediverse, not to a site), in order. */
  links: string[];
}

/**
 * Mastodon's HTML as plain text, read with parse5: a parser that only builds
 * a tree, so no script runs and nothing referenced is fetched. Paragraphs are
 * separated by a blank line, `<br>` becomes a line break. Walked iteratively:
 * a deeply nested post must not exhaust the stack.
 */
export function htmlText(html: string): HtmlText {
  const parts: string[] = [];
  const links: string[] = [];
  const stack: (Node | 'end-block')[] = [parseFragment(html)];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === undefined) break;
    if (item === 'end-block') {
      parts.push('\n\n');
      continue;
    }
    if (item.nodeName === '#text' && 'value' in item) {
      parts.push(item.value);
      continue;
    }
    if (!('childNodes' in item)) continue;
    if ('tagName' in item) {
      if (BREAK.has(item.tagName)) parts.push('\n');
      if (item.tagName === 'a') {
        const attr = (name: string): string => item.attrs.find((a) => a.name === name)?.value ?? '';
        const href = attr('href');
        const mention = /\bmention\b/.test(attr('class')) || /\btag\b/.test(attr('rel'));
        if (href && !mention) links.push(href);
      }
      // Scripts and styles are never text (Mastodon strips them; a hand-edited archive may not).
      if (item.tagName === 'script' || item.tagName === 'style') continue;
      if (BLOCK.has(item.tagName)) stack.push('end-block');
    }
    for (let i = item.childNodes.length - 1; i >= 0; i--) {
      const child = item.childNodes[i];
      if (child) stack.push(child);
    }
  }
  const text = parts.join('').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  return { text, links };
}
