import { describe, expect, it } from 'vitest';
import { failureReason } from '../../../renderer/src/features/clients/failure';
import { DEFINED_TEXT } from '../../../renderer/src/i18n/define-text';
import '../../../renderer/src/features/clients/text';

const text = (lang: 'fr' | 'en') => (key: 'failedGone') => (DEFINED_TEXT.get('clients')![lang] as Record<string, string>)[key]!;

describe('why a client action failed', () => {
  it('words a missing client (or an undo too late) in the app’s language, not the main process’s English', () => {
    // As api.ts's ApiError carries it.
    const gone = Object.assign(new Error('This deletion can no longer be undone.'), { code: 'not-found' });
    expect(failureReason(gone, text('fr'))).toBe('ce client n’est plus là (supprimé entre-temps), ou sa suppression ne peut plus être annulée.');
    expect(failureReason(gone, text('en'))).toMatch(/^this client is no longer there/);
  });

  it('keeps the system’s text for anything else', () => {
    expect(failureReason(new Error('EACCES: permission denied'), (k) => k)).toBe('EACCES: permission denied');
    expect(failureReason(Object.assign(new Error('disk gone'), { code: 'internal' }), (k) => k)).toBe('disk gone');
  });
});
