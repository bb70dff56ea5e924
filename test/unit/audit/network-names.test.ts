import { describe, expect, it } from 'vitest';
import { auditWorkspace } from '../../../shared/domain/audit/engine';
import { localLabel, localSource } from '../../../shared/domain/networks/label';
import { defaultRegistry } from '../../../shared/domain/networks/registry';

const BUILTIN_REGISTRY = defaultRegistry();
import { ABSENT, NOW, profile, workspace } from '../../fixtures/audit/build';

describe('network names in the message language', () => {
  it('a finding on a professional Facebook names it in French in the French message', () => {
    const ws = workspace({ profiles: [profile({ id: 'fb', network: 'facebook', url: 'https://www.facebook.com/jeanne.dupont', handle: 'jeanne.dupont', displayName: '', facts: { photo: ABSENT } })] });
    const f = auditWorkspace(ws, { now: NOW }).findings.filter((x) => x.profileId === 'fb');
    expect(f.some((x) => x.message.fr.includes('Facebook (mode professionnel)'))).toBe(true);
    for (const x of f) {
      expect(x.message.en).not.toContain('mode professionnel');
      if (x.message.en.includes('Facebook')) expect(x.message.fr).toContain('Facebook (mode professionnel)');
      expect(x.message.fr).not.toContain('professional mode');
    }
  });

  it('catalog labels and cadence sources have a French wording', () => {
    const fb = BUILTIN_REGISTRY.get('facebook')!;
    expect(localLabel(fb, 'fr')).toBe('Facebook (mode professionnel)');
    expect(localLabel(fb, 'en')).toBe('Facebook (professional mode)');
    for (const def of BUILTIN_REGISTRY.all()) {
      if (def.posting) expect(localSource(def.posting, 'fr')).not.toMatch(/default|guidance/);
      if (def.post) expect(localSource(def.post, 'fr')).toMatch(/caractères/);
    }
    expect(BUILTIN_REGISTRY.get('x')?.post?.maxChars).toBe(280);
    expect(BUILTIN_REGISTRY.get('linkedin')?.post?.foldLines).toBe(3);
  });
});
