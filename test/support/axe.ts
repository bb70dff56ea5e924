import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { AxeResults, ImpactValue } from 'axe-core';
import { ROOT } from './app-harness';

const AXE_SOURCE = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const TARGETS_SHOWN = 4;

export interface AxeViolation {
  id: string;
  impact: ImpactValue | undefined;
  help: string;
  /** How many elements fail the rule. */
  count: number;
  /** The first few failing elements (CSS selectors, shadow hosts joined by " >> "). */
  targets: string[];
  /** axe's own explanation for the first failing element (e.g. the contrast ratio found). */
  detail: string;
}

export interface AxeOptions {
  /** Only check inside these selectors (default: the whole document). */
  include?: string[];
  /** Rule ids not to run. */
  disable?: string[];
}

/**
 * Runs axe-core (WCAG 2.1 A and AA rules) on the page. axe is injected with
 * page.evaluate, which the app's CSP does not govern — a <script> tag would
 * rightly be refused by it.
 */
export async function runAxe(page: Page, opts: AxeOptions = {}): Promise<AxeViolation[]> {
  const present = await page.evaluate(() => 'axe' in window);
  if (!present) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(async ({ include, disable, tags }) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const rules = Object.fromEntries(disable.map((id) => [id, { enabled: false }]));
    const context = include ? { include } : document;
    return axe.run(context, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] });
  }, { include: opts.include, disable: opts.disable ?? [], tags: WCAG_AA }) as AxeResults;
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    count: v.nodes.length,
    targets: v.nodes.slice(0, TARGETS_SHOWN).map((n) => n.target.map((t) => (Array.isArray(t) ? t.join(' >> ') : t)).join(' >> ')),
    detail: v.nodes[0]?.failureSummary?.replace(/\s+/g, ' ').trim() ?? '',
  }));
}

export const isBlocking = (v: AxeViolation): boolean => v.impact === 'serious' || v.impact === 'critical';

/** One readable paragraph per violation, for assertion messages and the test log. */
export function formatViolations(violations: readonly AxeViolation[]): string {
  return violations.map((v) => {
    const more = v.count > v.targets.length ? ` (+${v.count - v.targets.length} more)` : '';
    return `[${v.impact ?? 'unknown'}] ${v.id}: ${v.help}\n    ${v.targets.join('\n    ')}${more}\n    ${v.detail}`;
  }).join('\n');
}
