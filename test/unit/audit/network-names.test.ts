import { describe, expect, it } from 'vitest';
import { auditWorkspace } from '../../../shared/domain/audit/engine';
import { localLabel, localSource } from '../../../shared/domain/networks/label';
import { defaultRegistry } from '../../../shared/domain/networks/registry';

const BUILTIN_REGISTRY = defaultRegistry();
import { ABSENT, NOW, profile, workspace } from '../../fixtures/audit/build';

describe('network names in the message language', () => {
  it('a finding names the network in the message language: labelFr in French, label in English, no English fragment', () => {
    const fb = BUILTIN_REGISTRY.get('facebook')!;
    const pro = { ...fb, id: 'fbpro', label: 'Facebook (professional mode)', labelFr: 'Facebook (mode professionnel)', hosts: ['fbpro.example'] };
    const ws = workspace({ customNetworks: [pro], profiles: [profile({ id: 'fb', network: 'fbpro', url: 'https://fbpro.example/jeanne.dupont', handle: 'jeanne.dupont', displayName: '', facts: { photo: ABSENT } })] });
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
    // A personal Facebook is no "professional mode": the network is named plainly in both languages.
    expect(localLabel(fb, 'fr')).toBe('Facebook');
    expect(localLabel(fb, 'en')).toBe('Facebook');
    for (const def of BUILTIN_REGISTRY.all()) {
      if (def.posting) expect(localSource(def.posting, 'fr')).not.toMatch(/default|guidance/);
      if (def.post) expect(localSource(def.post, 'fr')).toMatch(/caractères/);
    }
    expect(BUILTIN_REGISTRY.get('x')?.post?.maxChars).toBe(280);
    expect(BUILTIN_REGISTRY.get('linkedin')?.post?.foldLines).toBe(3);
  });
});
