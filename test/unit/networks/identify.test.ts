import { describe, expect, it } from 'vitest';
import { canonicalize, identify, sameProfile } from '../../../shared/domain/networks/identify';

function ok(input: string, network: string, handle: string, canonicalUrl?: string) {
  const r = identify(input);
  expect(r, input).toMatchObject({ ok: true, network, handle, ...(canonicalUrl ? { canonicalUrl } : {}) });
}

function refused(input: string, code: string) {
  const r = identify(input);
  expect(r.ok, input).toBe(false);
  if (!r.ok) {
    expect(r.code, input).toBe(code);
    expect(r.message.fr.length).toBeGreaterThan(0);
    expect(r.message.en.length).toBeGreaterThan(0);
  }
}

describe('identify: one profile URL per built-in network', () => {
  it.each([
    ['https://www.linkedin.com/in/jeanne-martin-4b2a', 'linkedin', 'jeanne-martin-4b2a', 'https://www.linkedin.com/in/jeanne-martin-4b2a'],
    ['https://fr.viadeo.com/fr/profile/jeanne.martin', 'viadeo', 'jeanne.martin', 'https://www.viadeo.com/p/jeanne.martin'],
    ['https://www.viadeo.com/p/0021a8g8xyz', 'viadeo', '0021a8g8xyz', undefined],
    ['https://www.xing.com/profile/Jeanne_Martin3/cv', 'xing', 'Jeanne_Martin3', 'https://www.xing.com/profile/Jeanne_Martin3'],
    ['https://www.malt.fr/profile/jeannemartin?overview', 'malt', 'jeannemartin', 'https://www.malt.fr/profile/jeannemartin'],
    ['https://www.malt.de/profile/jeannemartin', 'malt', 'jeannemartin', undefined],
    ['https://mobile.twitter.com/JeanneM', 'x', 'jeannem', 'https://x.com/jeannem'],
    ['https://www.facebook.com/profile.php?id=100004123456789', 'facebook', '100004123456789', 'https://www.facebook.com/100004123456789'],
    ['https://fb.com/jeanne.martin', 'facebook', 'jeanne.martin', undefined],
    ['https://instagr.am/jeanne.martin', 'instagram', 'jeanne.martin', 'https://www.instagram.com/jeanne.martin'],
    ['https://github.com/jmartin?tab=repositories', 'github', 'jmartin', 'https://github.com/jmartin'],
    ['https://www.youtube.com/@jeannemartin/videos', 'youtube', 'jeannemartin', 'https://www.youtube.com/@jeannemartin'],
    ['https://medium.com/@jeannemartin', 'medium', 'jeannemartin', 'https://medium.com/@jeannemartin'],
    ['https://hachyderm.io/@lena', 'mastodon', 'lena@hachyderm.io', 'https://hachyderm.io/@lena'],
    ['https://bsky.app/profile/jbuget.fr', 'bluesky', 'jbuget.fr', 'https://bsky.app/profile/jbuget.fr'],
    ['https://www.behance.net/jeannemartin', 'behance', 'jeannemartin', undefined],
    ['https://dribbble.com/jeannemartin', 'dribbble', 'jeannemartin', undefined],
    ['https://stackoverflow.com/users/4242/jeanne-martin', 'stackoverflow', '4242', 'https://stackoverflow.com/users/4242'],
    ['https://www.welcometothejungle.com/fr/profiles/jeanne-martin', 'welcometothejungle', 'jeanne-martin', undefined],
    ['https://www.talentpharmacie.fr/profil/jeanne-martin', 'talentpharmacie', 'jeanne-martin', undefined],
    ['https://www.pharma-reseau.fr/membre/jeanne-martin', 'pharmareseau', 'jeanne-martin', undefined],
  ])('%s', (input, network, handle, canonicalUrl) => ok(input, network, handle, canonicalUrl));
});

describe('identify: tolerated variants', () => {
  it('accepts country and mobile subdomains, http, no scheme, case, whitespace, slashes', () => {
    for (const input of [
      'https://de.linkedin.com/in/jdoe/', 'http://fr.linkedin.com/in/jdoe', 'linkedin.com/in/jdoe', 'www.linkedin.com/in/jdoe',
      '//www.linkedin.com/in/jdoe', 'HTTPS://WWW.LINKEDIN.COM/IN/JDOE/', '  \thttps://www.linkedin.com/in/jdoe \n', 'https://www.linkedin.com//in//jdoe//',
      'https://www.linkedin.com/mwlite/in/jdoe', 'https://www.linkedin.com/in/jdoe/details/skills/', 'https://www.linkedin.com/in/jdoe?trk=x#about',
      'https://www.linkedin.com/pub/jdoe/1a/2b/3c',
    ]) ok(input, 'linkedin', 'jdoe', 'https://www.linkedin.com/in/jdoe');
  });

  it('decodes percent-encoded and accented slugs and keeps NFC Unicode', () => {
    ok('https://www.linkedin.com/in/nicolas-larch%C3%A9-37214971', 'linkedin', 'nicolas-larché-37214971', 'https://www.linkedin.com/in/nicolas-larché-37214971');
    ok('https://www.linkedin.com/in/nicolas-larche\u0301-37214971', 'linkedin', 'nicolas-larché-37214971');
    expect(sameProfile('https://www.linkedin.com/in/josé-garcía/', 'linkedin.com/in/jos%C3%A9-garc%C3%ADa')).toBe(true);
  });

  it('reads the X legacy forms', () => {
    for (const input of ['https://twitter.com/#!/jdoe', 'https://twitter.com/@jdoe', 'https://x.com/jdoe/with_replies', '@jdoe', 'https://twitter.com/JDoe?lang=fr'])
      ok(input, 'x', 'jdoe', 'https://x.com/jdoe');
  });

  it('reads fediverse and Bluesky @-addresses (documented policy)', () => {
    ok('@zoe@Social.Example', 'mastodon', 'zoe@social.example', 'https://social.example/@zoe');
    ok('@jbuget@bsky.social', 'bluesky', 'jbuget.bsky.social', 'https://bsky.app/profile/jbuget.bsky.social');
    ok('@jbuget.fr', 'bluesky', 'jbuget.fr');
    expect(sameProfile('@zoe@social.example', 'https://social.example/@zoe')).toBe(true);
    expect(sameProfile('@zoe@social.example', '@zoe@other.example')).toBe(false);
  });

  it('reads a bare user name only with a network hint', () => {
    expect(identify('jdoe')).toMatchObject({ ok: false, code: 'unknown-network' });
    expect(identify('jdoe', undefined, { network: 'github' })).toMatchObject({ ok: true, network: 'github', canonicalUrl: 'https://github.com/jdoe' });
    expect(canonicalize('xing', 'zoe_a')).toMatchObject({ ok: true, canonicalUrl: 'https://www.xing.com/profile/zoe_a' });
    expect(canonicalize('mastodon', 'zoe')).toMatchObject({ ok: false, code: 'invalid-handle' });
    expect(canonicalize('linkedin', 'not a handle')).toMatchObject({ ok: false, code: 'invalid-handle' });
    expect(canonicalize('nope', 'jdoe')).toMatchObject({ ok: false, code: 'unknown-network' });
    expect(canonicalize('malt', 'https://www.malt.fr/profile/jeremybuget?overview')).toMatchObject({ ok: true, network: 'malt', handle: 'jeremybuget' });
  });

  it('compares profiles across spellings', () => {
    expect(sameProfile('https://twitter.com/JDoe', 'x.com/jdoe/')).toBe(true);
    expect(sameProfile('https://www.facebook.com/profile.php?id=123456', 'https://m.facebook.com/123456')).toBe(true);
    expect(sameProfile('https://github.com/jdoe', 'https://github.com/jdoe2')).toBe(false);
    expect(sameProfile('https://github.com/jdoe', 'https://gitlab.com/jdoe')).toBe(false);
  });
});

describe('identify: refusals with a reason', () => {
  it.each([
    ['https://www.linkedin.com/company/acme/', 'not-a-profile'],
    ['https://www.linkedin.com/school/universite-x/', 'not-a-profile'],
    ['https://www.linkedin.com/showcase/acme-labs', 'not-a-profile'],
    ['https://www.linkedin.com/feed/update/urn:li:activity:1/', 'not-a-profile'],
    ['https://www.linkedin.com/posts/jdoe_activity-1', 'not-a-profile'],
    ['https://twitter.com/jdoe/status/1259924082067374088', 'not-a-profile'],
    ['https://github.com/jdoe/dotfiles', 'not-a-profile'],
    ['https://www.facebook.com/groups/123/', 'not-a-profile'],
    ['https://www.facebook.com/pages/Acme/398754970290333', 'not-a-profile'],
    ['https://www.facebook.com/jdoe/posts/1', 'not-a-profile'],
    ['https://www.instagram.com/p/Cabc123/', 'not-a-profile'],
    ['https://hachyderm.io/@lena/111', 'not-a-profile'],
    ['https://x.com', 'not-a-profile'],
    ['https://twitter.com/share', 'not-a-profile'],
    ['https://twitter.com/home', 'reserved-path'],
    ['https://x.com/intent/tweet?text=hi', 'not-a-profile'],
    ['https://facebook.com/privacy', 'reserved-path'],
    ['https://github.com/login', 'reserved-path'],
    ['https://instagram.com/disco..dude', 'invalid-handle'],
    ['https://x.com/code-school', 'invalid-handle'],
    ['https://www.codewars.com/kata/x', 'unknown-network'],
    ['htt://twitter.com/jdoe', 'malformed'],
    ['https://www.linkedin.com/in/%E0%A4%A', 'malformed'],
    ['', 'empty'],
    ['   ', 'empty'],
  ])('%s → %s', (input, code) => refused(input, code));
});
