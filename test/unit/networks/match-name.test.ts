import { describe, expect, it } from 'vitest';
import { matchNetworkName } from '../../../shared/domain/networks/match-name';
import { createRegistry } from '../../../shared/domain/networks/registry';

describe('matchNetworkName', () => {
  it.each([
    ['LinkedIn', 'linkedin'], ['LINKEDIN', 'linkedin'], ['linked in', 'linkedin'], ['twitter', 'x'], ['Twitter', 'x'], ['X', 'x'],
    ['X (Twitter)', 'x'], ['Stack Overflow', 'stackoverflow'], ['WTTJ', 'welcometothejungle'], ['Welcome to the Jungle', 'welcometothejungle'],
    ['Pharma Réseau', 'pharmareseau'], ['github', 'github'], ['Malt', 'malt'], ['Mastodon', 'mastodon'], ['Bluesky', 'bluesky'], ['XING', 'xing'],
  ])('%s → %s (exact)', (name, network) => {
    expect(matchNetworkName(name)).toEqual({ network, confidence: 'exact' });
  });

  it.each([['GiHub', 'github'], ['Linkdin', 'linkedin'], ['Instagarm', 'instagram'], ['Stackoverflw', 'stackoverflow'], ['Dribble', 'dribbble']])(
    '%s → %s (fuzzy, to confirm)', (name, network) => {
      expect(matchNetworkName(name)).toEqual({ network, confidence: 'fuzzy' });
    },
  );

  it('gives up on unknown or too short names', () => {
    expect(matchNetworkName('CodinGame')).toBeNull();
    expect(matchNetworkName('')).toBeNull();
    expect(matchNetworkName('xy')).toBeNull();
    expect(matchNetworkName('SoundCloud')).toBeNull();
  });

  it('knows user-defined networks', () => {
    const reg = createRegistry([{ id: 'codingame', label: 'CodinGame', kind: 'professional', hosts: ['codingame.com'] }]);
    expect(matchNetworkName('codingame', reg)).toEqual({ network: 'codingame', confidence: 'exact' });
    expect(matchNetworkName('CodinGam', reg)).toEqual({ network: 'codingame', confidence: 'fuzzy' });
  });
});
