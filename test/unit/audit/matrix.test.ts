import { describe, expect, it } from 'vitest';
import { crossLinkMatrix } from '../../../shared/domain/audit/matrix';
import { createRegistry } from '../../../shared/domain/networks/registry';
import { profile, workspace } from '../../fixtures/audit/build';
import { freelancer } from '../../fixtures/audit/freelancer';

describe('cross-link matrix', () => {
  it('says how each professional, active profile reaches each other one', () => {
    const m = crossLinkMatrix(freelancer(), createRegistry());
    expect(m.profiles.map((p) => p.id)).toEqual(['linkedin', 'malt', 'github', 'x']);
    expect(m.profiles[0]).toEqual({ id: 'linkedin', network: 'linkedin', label: 'LinkedIn — lea-moreau-dev' });
    expect(m.cells).toEqual([
      ['self', 'via-site', 'link', 'via-site'],
      ['link', 'self', 'none', 'none'],
      ['none', 'none', 'self', 'none'],
      ['via-site', 'via-site', 'via-site', 'self'],
    ]);
  });

  it('says for each link whether a file showed it (with that file) or it is only declared', () => {
    const pdf = { kind: 'linkedin-pdf', at: '2026-03-03', label: 'Profile.pdf' } as const;
    const ws = workspace({
      person: { websites: ['https://jeanne-dupont.fr'] },
      profiles: [
        profile({ id: 'li', url: 'https://www.linkedin.com/in/jeanne-dupont', handle: 'jeanne-dupont', links: ['https://github.com/jdupont'], facts: { links: { state: 'known', source: pdf } }, seenLinks: [{ url: 'github.com/jdupont', source: pdf }] }),
        profile({ id: 'gh', network: 'github', url: 'https://github.com/jdupont', handle: 'jdupont', links: ['https://jeanne-dupont.fr'] }),
      ],
    });
    const m = crossLinkMatrix(ws, createRegistry());
    expect(m.cells).toEqual([['self', 'link'], ['via-site', 'self']]);
    expect(m.seen).toEqual([[null, pdf], [null, null]]);
  });
});
