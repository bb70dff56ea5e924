import { describe, expect, it } from 'vitest';
import { planImport } from '../../../shared/domain/import/detect';
import { Workspace } from '../../../shared/schema/workspace';
import { deps, emptyWorkspace, folder } from '../../fixtures/import/helpers';

// Shaped like https://api.github.com/users/NAME and …/social_accounts (fictional person).
const USER = JSON.stringify({
  login: 'jdupont-dev', id: 1, html_url: 'https://github.com/jdupont-dev', type: 'User', name: 'Jeanne Dupont', company: null,
  blog: 'jdupont.example', location: 'Lyon', email: null, bio: 'Pharmacienne qui code.', twitter_username: 'jdupont_pharma',
  public_repos: 4, followers: 10, following: 2, created_at: '2019-01-01T00:00:00Z', updated_at: '2026-10-02T08:00:00Z',
});
const SOCIAL = JSON.stringify([
  { provider: 'linkedin', url: 'https://www.linkedin.com/in/jeanne-dupont' },
  { provider: 'mastodon', url: 'https://mastodon.social/@jdupont' },
]);

function plan(files: Record<string, string>) {
  const target = emptyWorkspace();
  const before = structuredClone(target);
  const r = planImport(target, folder(files), deps());
  expect(target).toEqual(before);
  if (!r.ok) throw new Error(r.message.en);
  return r.plan;
}

describe('GitHub user and social accounts JSON', () => {
  it('fills the GitHub profile, links its blog, X and social accounts as seen, dated by the file', () => {
    const p = plan({ 'jdupont-dev.json': USER, 'social_accounts.json': SOCIAL });
    expect(p.format).toBe('github');
    const ws = Workspace.parse(p.result);
    const github = ws.profiles.find((x) => x.network === 'github');
    expect(github).toMatchObject({ handle: 'jdupont-dev', displayName: 'Jeanne Dupont', headline: 'Pharmacienne qui code.', location: 'Lyon' });
    expect(github?.links).toEqual(['https://jdupont.example', 'https://x.com/jdupont_pharma', 'https://www.linkedin.com/in/jeanne-dupont', 'https://mastodon.social/@jdupont']);
    expect(github?.facts.headline).toEqual({ state: 'known', source: { kind: 'github', at: '2026-10-02', label: 'jdupont-dev.json' } });
    expect(github?.seenLinks.map((s) => [s.url, s.source.label])).toContainEqual(['https://mastodon.social/@jdupont', 'social_accounts.json']);
    expect(github?.facts.photo.state).toBe('unchecked');
    expect(ws.profiles.map((x) => x.network).sort()).toEqual(['github', 'linkedin', 'mastodon', 'x']);
    expect(ws.person.displayName).toBe('Jeanne Dupont');
  });

  it('reads the social accounts alone, and an empty bio is known absent', () => {
    expect(plan({ 's.json': SOCIAL }).format).toBe('github');
    const p = plan({ 'u.json': JSON.stringify({ ...JSON.parse(USER), bio: null, blog: '', twitter_username: null }) });
    expect(p.result.profiles.find((x) => x.network === 'github')?.facts.headline.state).toBe('absent');
  });

  it('leaves other JSON to their importers', () => {
    expect(plan({ 'resume.json': JSON.stringify({ basics: { name: 'Jeanne' } }) }).format).toBe('json-resume');
  });
});
