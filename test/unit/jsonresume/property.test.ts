import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportPlan } from '../../../shared/schema/import-plan';
import { cloneJson, newProfile } from '../../../shared/domain/workspace/factory';
import { emptyWorkspace, importText } from './helpers';

function target() {
  const ws = emptyWorkspace();
  ws.person.displayName = 'Existing';
  ws.profiles.push(newProfile('linkedin', { id: 'p1', handle: 'existing', url: 'https://www.linkedin.com/in/existing' }));
  return ws;
}

const networkName = fc.constantFrom('LinkedIn', 'github', 'GiHub', 'Twitter', 'Xing', 'Malt', 'Mastodon', 'Bluesky', 'CodinGame', '', 'x');
const profileLike = fc.record({
  network: fc.oneof(networkName, fc.anything()),
  username: fc.oneof(fc.string(), fc.anything()),
  url: fc.oneof(fc.webUrl(), fc.string(), fc.constant('https://www.linkedin.com/in/existing/'), fc.anything()),
}, { requiredKeys: [] });
const resumeLike = fc.record({
  basics: fc.oneof(fc.anything(), fc.record({
    name: fc.oneof(fc.string(), fc.anything()), label: fc.string(), email: fc.string(), url: fc.anything(), website: fc.string(),
    location: fc.oneof(fc.anything(), fc.record({ city: fc.string(), countryCode: fc.string(), address: fc.anything() }, { requiredKeys: [] })),
    profiles: fc.oneof(fc.array(fc.oneof(profileLike, fc.anything())), fc.anything()),
  }, { requiredKeys: [] })),
  work: fc.oneof(fc.array(fc.anything()), fc.array(fc.record({ name: fc.anything(), startDate: fc.anything(), highlights: fc.anything() }, { requiredKeys: [] }))),
  skills: fc.anything(),
  languages: fc.anything(),
}, { requiredKeys: [] });

describe('importJsonResume never throws and never changes its target', () => {
  it('on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      const ws = target();
      const before = cloneJson(ws);
      const result = importText(text, ws);
      expect(ws).toEqual(before);
      if (result.ok) expect(() => ImportPlan.parse(result.plan)).not.toThrow();
    }), { numRuns: 300 });
  });

  it('on arbitrary JSON and résumé-shaped JSON', () => {
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), resumeLike), (value) => {
      const ws = target();
      const before = cloneJson(ws);
      const result = importText(JSON.stringify(value) ?? 'null', ws);
      expect(ws).toEqual(before);
      if (result.ok) {
        ImportPlan.parse(result.plan);
        expect(result.plan.result.id).toBe(ws.id);
      } else {
        expect(result.errors.length).toBeGreaterThan(0);
        for (const e of result.errors) expect(e.message).not.toBe('');
      }
    }), { numRuns: 500 });
  });
});
