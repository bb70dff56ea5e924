import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../../shared/domain/networks/registry';
import { FALLBACK_COLOURS, NETWORK_COLOURS, networkColour } from '../../../renderer/src/features/plan/network-colours';

/** WCAG 2 contrast ratio of white text on a #rrggbb background. */
function contrastWithWhite(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const l = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return 1.05 / (l + 0.05);
}

describe('network colours on the calendar', () => {
  it('every built-in network has its own colour, white text on it reaches 4.5:1', () => {
    for (const def of defaultRegistry().all()) expect(NETWORK_COLOURS[def.id], def.id).toBeDefined();
    for (const c of [...Object.values(NETWORK_COLOURS), ...FALLBACK_COLOURS]) expect(contrastWithWhite(c), c).toBeGreaterThanOrEqual(4.5);
    expect(new Set(Object.values(NETWORK_COLOURS)).size).toBe(Object.keys(NETWORK_COLOURS).length);
  });

  it('gives a user-defined network a stable colour from the palette', () => {
    expect(networkColour('mon-reseau')).toBe(networkColour('mon-reseau'));
    expect(FALLBACK_COLOURS).toContain(networkColour('mon-reseau'));
  });
});
