import { describe, expect, it } from 'vitest';
import { describeSource, longDate } from '../../../shared/domain/facts/labels';
import { factsFromFields, factSourceOf, markFact, markSeen } from '../../../shared/domain/facts/record';
import { auditedFacts, coveragePercent, factState, profileCoverage, uncheckedFacts } from '../../../shared/domain/facts/state';
import { defaultRegistry } from '../../../shared/domain/networks/registry';
import { newProfile } from '../../../shared/domain/workspace/factory';

const registry = defaultRegistry();
const linkedin = registry.get('linkedin')!;
const facebook = registry.get('facebook')!;

describe('factState', () => {
  it('a value in the field is known; an empty field is what was recorded, unchecked by default', () => {
    const p = newProfile('linkedin', { id: 'p1', displayName: 'Jeanne', keywords: [' '] });
    expect(factState(p, 'displayName')).toBe('known');
    expect(factState(p, 'headline')).toBe('unchecked');
    expect(factState(p, 'keywords')).toBe('unchecked');
    expect(factState(p, 'photo')).toBe('unchecked');
    const checked = markFact(markFact(p, 'headline', 'absent', null), 'photo', 'known', factSourceOf('typed', '2026-03-01'));
    expect(factState(checked, 'headline')).toBe('absent');
    expect(factState(checked, 'photo')).toBe('known');
    expect(p.facts.headline.state).toBe('unchecked'); // markFact copies
  });

  it('settings are known once set, either way', () => {
    const p = newProfile('facebook', { id: 'p1', followOpen: false });
    expect(factState(p, 'followOpen')).toBe('known');
    expect(factState(p, 'wallRestricted')).toBe('unchecked');
  });
});

describe('audited facts and coverage', () => {
  it('follow the network: LinkedIn has follow and keywords, no wall', () => {
    const p = newProfile('linkedin', { id: 'p1' });
    expect(auditedFacts(p, linkedin)).toEqual(['displayName', 'headline', 'photo', 'summary', 'keywords', 'links', 'followOpen']);
    expect(profileCoverage(p, linkedin)).toEqual({ checked: 0, total: 7 });
  });

  it('a personal profile is checked for privacy only; a profile to create has nothing to check', () => {
    expect(auditedFacts(newProfile('facebook', { id: 'p1', audience: 'personal' }), facebook)).toEqual(['links', 'wallRestricted']);
    expect(auditedFacts(newProfile('linkedin', { id: 'p1', status: 'to-create' }), linkedin)).toEqual([]);
    expect(coveragePercent({ checked: 0, total: 0 })).toBe(100);
  });

  it('counts known and absent as checked', () => {
    const p = markFact(newProfile('linkedin', { id: 'p1', displayName: 'Jeanne', headline: 'Pharmacienne' }), 'photo', 'absent', null);
    expect(profileCoverage(p, linkedin)).toEqual({ checked: 3, total: 7 });
    expect(coveragePercent(profileCoverage(p, linkedin))).toBe(43);
    expect(uncheckedFacts(p, linkedin)).toEqual(['summary', 'keywords', 'links', 'followOpen']);
  });
});

describe('recording facts', () => {
  it('factsFromFields: filled known from the source, empty as told', () => {
    const p = newProfile('linkedin', { id: 'p1', displayName: 'Jeanne', links: ['https://jeanne.example'] });
    const source = factSourceOf('resume', '2026-03-03', 'cv.json');
    const facts = factsFromFields(p, source);
    expect(facts.displayName).toEqual({ state: 'known', source });
    expect(facts.links).toEqual({ state: 'known', source });
    expect(facts.summary).toEqual({ state: 'unchecked', source: null });
    expect(factsFromFields(p, source, { empty: 'absent', photo: 'known' }).summary).toEqual({ state: 'absent', source });
    expect(factsFromFields(p, source, { empty: 'absent', photo: 'known' }).photo).toEqual({ state: 'known', source });
  });

  it('markSeen records what a file showed and keeps the rest', () => {
    const source = factSourceOf('linkedin-pdf', '2026-03-03', 'Profile.pdf');
    const p = markSeen(markFact(newProfile('linkedin', { id: 'p1' }), 'photo', 'absent', null), ['headline', 'summary'], source);
    expect(p.facts.headline).toEqual({ state: 'known', source });
    expect(p.facts.photo.state).toBe('absent');
  });
});

describe('describeSource', () => {
  it('says where and when, in French and English, with dates as each language writes them', () => {
    expect(describeSource(factSourceOf('linkedin-pdf', '2026-03-03'), 'en')).toBe('seen in LinkedIn’s PDF of 3 March 2026');
    expect(describeSource(factSourceOf('linkedin-pdf', '2026-03-03'), 'fr')).toBe('vu dans le PDF LinkedIn du 3 mars 2026');
    expect(describeSource(factSourceOf('typed'), 'fr')).toBe('saisi');
    expect(describeSource(factSourceOf('resume', null, 'cv.json'), 'en')).toBe('from the résumé (cv.json)');
    expect(longDate('2026-03-01', 'fr')).toBe('1er mars 2026');
  });
});
