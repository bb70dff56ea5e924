import { describe, expect, it } from 'vitest';
import { crossLinkMatrix } from '../../../shared/domain/audit/matrix';
import { createRegistry } from '../../../shared/domain/networks/registry';
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
});
