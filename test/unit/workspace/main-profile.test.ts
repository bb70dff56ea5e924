import { describe, expect, it } from 'vitest';
import { auditWorkspace } from '../../../shared/domain/audit/engine';
import { canBeMain, mainProfileChoice } from '../../../shared/domain/audit/main-profile';
import { referenceErrors } from '../../../shared/domain/workspace/file';
import { pickMainProfile, removeProfile } from '../../../shared/domain/workspace/profiles';
import type { Workspace } from '../../../shared/schema/workspace';
import { NOW, profile, workspace } from '../../fixtures/audit/build';

/** A job seeker with LinkedIn, Malt, X (one post linked to it) and a personal Facebook. */
function client(goal: Workspace['person']['goal'] = 'job-search'): Workspace {
  return workspace({
    posts: [{ id: 'post1', network: 'x', profileId: 'x', date: '2025-02-20T10:00:00.000Z', status: 'published', text: 'Bonjour' }],
    person: { displayName: 'Jeanne Dupont', goal },
    profiles: [
      profile({ id: 'li' }),
      profile({ id: 'malt', network: 'malt', url: 'https://www.malt.fr/profile/jeannedupont', handle: 'jeannedupont' }),
      profile({ id: 'x', network: 'x', url: 'https://x.com/jeannedupont', handle: 'jeannedupont' }),
      profile({ id: 'fb', network: 'facebook', url: 'https://www.facebook.com/jeanne.dupont', handle: 'jeanne.dupont', audience: 'personal' }),
      profile({ id: 'old', network: 'x', url: 'https://x.com/jd_old', handle: 'jd_old', status: 'to-close' }),
    ],
  });
}

describe('the main profile: automatic, picked, back to automatic', () => {
  it('is LinkedIn for a job search and Malt for a freelancer, and says why; none for another goal', () => {
    expect(mainProfileChoice(client('job-search'))).toEqual({ id: 'li', why: 'job-search' });
    expect(mainProfileChoice(client('freelance'))).toEqual({ id: 'malt', why: 'freelance' });
    expect(mainProfileChoice(client('other'))).toBeNull();
  });

  it('is the profile the user picked, and the goal again once the choice is cleared', () => {
    const picked = pickMainProfile(client(), 'x');
    expect(mainProfileChoice(picked)).toEqual({ id: 'x', why: 'picked' });
    expect(auditWorkspace(picked, { now: NOW }).mainProfileId).toBe('x');
    // Picking the profile the goal would choose anyway still counts as the user's choice.
    expect(mainProfileChoice(pickMainProfile(client(), 'li'))).toEqual({ id: 'li', why: 'picked' });
    expect(mainProfileChoice(pickMainProfile(picked, null))).toEqual({ id: 'li', why: 'job-search' });
  });

  it('only an active professional profile can be the main one', () => {
    const ws = client();
    expect(ws.profiles.filter((p) => canBeMain(ws, p)).map((p) => p.id)).toEqual(['li', 'malt', 'x']);
  });

  it('refuses an id that is not one of the profiles, and changes nothing', () => {
    const ws = client();
    expect(() => pickMainProfile(ws, 'nope')).toThrow(/No profile has the id "nope"/);
    expect(ws.mainProfileId).toBeNull();
  });
});

describe('deleting the main profile', () => {
  it('goes back to the automatic choice, so the workspace still saves; undo picks it again', () => {
    const ws = pickMainProfile(client(), 'x');
    const { next, restore } = removeProfile(ws, 'x');
    expect(next.mainProfileId).toBeNull();
    expect(referenceErrors(next, 'en')).toEqual([]);
    expect(mainProfileChoice(next)).toEqual({ id: 'li', why: 'job-search' });
    expect(next.posts[0]!.profileId).toBeNull();
    const back = restore(next);
    expect(back.mainProfileId).toBe('x');
    expect(back.profiles.map((p) => p.id)).toEqual(['li', 'malt', 'x', 'fb', 'old']);
    expect(back.posts[0]!.profileId).toBe('x');
  });

  it('keeps the choice when another profile is deleted, and undo does not override a choice made since', () => {
    const ws = pickMainProfile(client(), 'malt');
    expect(removeProfile(ws, 'x').next.mainProfileId).toBe('malt');
    const { next, restore } = removeProfile(ws, 'malt');
    expect(restore(pickMainProfile(next, 'li')).mainProfileId).toBe('li');
  });

  it('a workspace whose main profile is gone is what a save refuses (why the reset matters)', () => {
    const stale = { ...removeProfile(pickMainProfile(client(), 'x'), 'x').next, mainProfileId: 'x' };
    expect(referenceErrors(stale, 'en').map((e) => e.path)).toEqual(['workspace.mainProfileId']);
  });
});
