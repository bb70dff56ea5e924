import { describe, expect, it } from 'vitest';
import { findingsOf, single } from '../../../fixtures/audit/build';

describe('address rules', () => {
  it('invalid-url fires on an address identify refuses, with its reason in both languages', () => {
    const [f] = findingsOf(single({ url: 'https://www.linkedin.com/company/pharmacie-du-centre' }), 'invalid-url');
    expect(f).toMatchObject({ severity: 'error', field: 'url', key: 'invalid-url:p1' });
    expect(f?.message.en).toMatch(/^The LinkedIn profile address is not valid \(https:\/\/www\.linkedin\.com\/company\/pharmacie-du-centre\): .+/);
    expect(f?.message.fr).toMatch(/^L’adresse du profil LinkedIn n’est pas valable/);
    expect(findingsOf(single(), 'invalid-url')).toEqual([]);
  });

  it('invalid-url fires on an empty address and on another network’s address', () => {
    expect(findingsOf(single({ url: '' }), 'invalid-url')[0]?.params.reason).toBe('No address.');
    expect(findingsOf(single({ url: 'https://github.com/jdupont' }), 'invalid-url')[0]?.params.reason).toBe('It is a GitHub address.');
  });

  it('invalid-url only checks the form of an address on a user-defined network without hosts', () => {
    const customNetworks = [{ id: 'guild', label: 'Guild', kind: 'professional' as const }];
    expect(findingsOf(single({ network: 'guild', url: 'https://guild.example/members/jd' }, { customNetworks }), 'invalid-url')).toEqual([]);
    expect(findingsOf(single({ network: 'guild', url: 'not an address' }, { customNetworks }), 'invalid-url')).toHaveLength(1);
  });

  it('url-handle-mismatch fires when the handle differs from the address, ignoring case', () => {
    const [f] = findingsOf(single({ url: 'https://www.linkedin.com/in/jeanne-dupont', handle: 'jdupont' }), 'url-handle-mismatch');
    expect(f?.params).toMatchObject({ handle: 'jdupont', urlHandle: 'jeanne-dupont' });
    expect(findingsOf(single({ url: 'https://www.linkedin.com/in/jeanne-dupont', handle: 'Jeanne-Dupont' }), 'url-handle-mismatch')).toEqual([]);
  });

  it('url-handle-mismatch is info when no handle is recorded', () => {
    const [f] = findingsOf(single({ url: 'https://www.linkedin.com/in/jeanne-dupont', handle: '' }), 'url-handle-mismatch');
    expect(f).toMatchObject({ severity: 'info', points: 0 });
  });
});
