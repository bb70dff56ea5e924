import { describe, expect, it } from 'vitest';
import { reviewWorkspace } from '../../../shared/domain/review';
import { Workspace } from '../../../shared/schema/workspace';
import { COACH_CORPUS, CORPUS_NOW } from '../../conformance/coach/cases';

/** The README's second worked example ("A scattered presence") is the coach corpus's scattered HR consultant. */
describe('the README’s scattered-presence example', () => {
  it('scores as the README says, step by step', () => {
    const c = COACH_CORPUS.find((k) => k.id === 'fr-consultant-scattered');
    const report = reviewWorkspace(Workspace.parse(c?.workspace), new Date(CORPUS_NOW));
    const byNetwork = Object.fromEntries(report.profiles.map((p) => [p.network, p]));
    expect(byNetwork.malt?.main).toBe(true);
    expect(byNetwork.malt?.breakdown).toEqual([{ code: 'orphan-profile', points: 20 }, { code: 'summary-too-short', points: 10 }]);
    expect(byNetwork.malt?.score).toBe(70);
    expect(byNetwork.linkedin?.breakdown).toEqual([
      { code: 'missing-photo', points: 20 }, { code: 'missing-headline', points: 10 }, { code: 'orphan-profile', points: 10 }, { code: 'missing-keywords', points: 5 },
    ]);
    expect(byNetwork.linkedin?.score).toBe(55);
    expect([byNetwork.x?.score, byNetwork.facebook?.score]).toEqual([100, 100]);
    expect(report.base).toBe(73);
    expect(report.breakdown).toEqual([{ code: 'too-many-dormant', points: 10 }]);
    expect(report.score).toBe(63);
  });
});
