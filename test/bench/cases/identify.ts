import { identify } from '../../../shared/domain/networks/identify';
import { defaultRegistry } from '../../../shared/domain/networks/registry';
import type { BenchCase } from '../types';
import { median, timeOnce as time } from '../measure';

const COUNT = 100_000;
const RUNS = 9;
const TARGET_RATIO = 5;

/** Shapes seen in real data: profiles of every kind, sub-pages, refusals, hostile input. */
const SHAPES: ReadonlyArray<(n: number) => string> = [
  (n) => `https://www.linkedin.com/in/jeanne-martin-${n.toString(16)}/`,
  (n) => `fr.linkedin.com/in/nicolas-larch%C3%A9-${n}?trk=public`,
  (n) => `https://www.linkedin.com/company/acme-${n}/`,
  (n) => `https://twitter.com/user_${n % 99999}`,
  (n) => `https://x.com/user${n}/status/${n * 7919}`,
  (n) => `@handle${n % 99999}`,
  (n) => `https://www.facebook.com/profile.php?id=${1000000 + n}`,
  (n) => `https://m.facebook.com/jeanne.martin.${n}/`,
  (n) => `https://github.com/dev${n}`,
  (n) => `https://github.com/dev${n}/repo-${n}`,
  (n) => `https://www.instagram.com/jeanne.${n}/`,
  (n) => `https://www.xing.com/profile/Jeanne_Martin${n}/cv`,
  (n) => `https://www.malt.fr/profile/jeanne${n}?overview`,
  (n) => `https://mastodon${n % 50}.example/@zoe${n}`,
  (n) => `https://bsky.app/profile/j${n}.example.fr`,
  (n) => `https://stackoverflow.com/users/${n}/jeanne`,
  (n) => `https://blog${n}.example.com/about`,
  (n) => `https://linkedin.com.evil${n}.example/in/jdoe`,
  (n) => `javascript:alert(${n})`,
  () => '',
];

function inputs(): string[] {
  return Array.from({ length: COUNT }, (_, i) => (SHAPES[i % SHAPES.length] ?? (() => ''))(i));
}

/** What `new URL` alone gets: the same strings, given a scheme where they lack one, so it never throws. */
function baselineInputs(list: readonly string[]): string[] {
  return list.map((s) => (/^[a-z][a-z0-9+.-]*:/i.test(s) ? s : `https://${s.replace(/^@/, 'x.com/')}`));
}



export const identifyBench: BenchCase = () => {
  const list = inputs();
  const base = baselineInputs(list);
  const registry = defaultRegistry();
  let sink = 0;
  const runIdentify = () => {
    for (const s of list) if (identify(s, registry).ok) sink++;
  };
  const runUrl = () => {
    for (const s of base) {
      try {
        if (new URL(s).hostname.length > 0) sink++;
      } catch {
        sink--;
      }
    }
  };
  runIdentify();
  runUrl();
  const ti: number[] = [];
  const tu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    ti.push(time(runIdentify));
    tu.push(time(runUrl));
  }
  const identifyMs = median(ti);
  const urlMs = median(tu);
  const ratio = identifyMs / urlMs;
  return {
    name: 'identify 100,000 mixed profile URLs',
    target: `≤ ${TARGET_RATIO}× new URL() alone on the same inputs`,
    detail: `${identifyMs.toFixed(0)} ms (${Math.round(COUNT / (identifyMs / 1000)).toLocaleString('en')} URLs/s) vs new URL ${urlMs.toFixed(0)} ms; ${sink > 0 ? 'results used' : ''}`,
    ratio,
    pass: ratio <= TARGET_RATIO,
  };
};
