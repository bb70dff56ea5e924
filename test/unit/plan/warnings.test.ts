import { describe, expect, it } from 'vitest';
import { PLAN_RULES, planFindings } from '../../../shared/domain/plan/warnings';
import { Finding } from '../../../shared/schema/finding';
import type { Cadence, Post, ProfileInput, Workspace } from '../../../shared/schema/workspace';
import { profileWith, workspaceWith } from './helpers';

const NOW = new Date('2024-06-15T12:00:00Z');
const THEME = { title: 'Pharmacie clinique', keywords: ['pharmacie', 'médicament', 'officine'] };
type PostIn = Partial<Post> & Pick<Post, 'id' | 'date'>;
type ProfileIn = Omit<Partial<ProfileInput>, 'cadence'> & { id: string; cadence?: Partial<Cadence> | null };

function ws(profiles: ProfileIn[], posts: PostIn[] = []): Workspace {
  return workspaceWith({
    profiles: profiles.map(({ cadence, ...p }) => profileWith(cadence === undefined ? { count: 2, startDate: '2024-01-01' } : cadence, { theme: THEME, ...p })),
    posts: posts.map((p) => ({ network: 'linkedin', profileId: 'p-li', status: 'published', text: 'Un conseil de pharmacie pour l’officine', ...p })),
  });
}
const codes = (w: Workspace, code: string): Finding[] => planFindings(w, NOW).filter((f) => f.code === code);
const hoursAgo = (h: number): string => new Date(NOW.getTime() - h * 3_600_000).toISOString();
const daysAgo = (d: number): string => hoursAgo(24 * d);

describe('planFindings shape', () => {
  it('produces valid, bilingual findings with stable unique keys', () => {
    const w = ws([{ id: 'p-li' }], [{ id: 'a', date: daysAgo(40) }]);
    const findings = planFindings(w, NOW);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(() => Finding.parse(f)).not.toThrow();
      expect(f.message.fr).not.toBe(f.message.en);
    }
    expect(planFindings(w, NOW)).toEqual(findings);
    expect(new Set(findings.map((f) => f.key)).size).toBe(findings.length);
  });
  it('lists every rule in PLAN_RULES with why and fix in both languages', () => {
    const rules = Object.values(PLAN_RULES);
    expect(rules.map((r) => r.code).sort()).toEqual(['burst', 'dormant', 'duplicate-theme', 'no-theme', 'off-theme-post', 'over-posting', 'promo-ratio-high', 'repetitive-posts', 'same-content-everywhere']);
    for (const r of rules) expect(r.why.fr && r.why.en && r.fix.fr && r.fix.en).toBeTruthy();
  });
});

describe('dormant', () => {
  it('fires after more than twice the planned interval without a post', () => {
    // 2 a week → every 3.5 days → dormant after 7 days.
    const f = codes(ws([{ id: 'p-li' }], [{ id: 'a', date: daysAgo(8) }]), 'dormant');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ key: 'dormant:p-li', profileId: 'p-li', severity: 'warning', points: 5 });
    expect(f[0]?.message.en).toMatch(/no post for 8 days \(planned: one every 3.5 days\)/);
    expect(f[0]?.message.fr).toMatch(/une tous les 3,5 jours/);
  });
  it('does not fire within the interval, before the plan starts, or when a pause covers the gap', () => {
    expect(codes(ws([{ id: 'p-li' }], [{ id: 'a', date: daysAgo(6) }]), 'dormant')).toEqual([]);
    expect(codes(ws([{ id: 'p-li', cadence: { count: 2, per: 'week', startDate: '2024-06-12', timeZone: 'Europe/Paris' } }]), 'dormant')).toEqual([]);
    const paused = { count: 2, per: 'week' as const, startDate: '2024-01-01', timeZone: 'Europe/Paris', pauses: [{ start: '2024-06-01', end: '2024-06-12', label: 'Vacances' }] };
    expect(codes(ws([{ id: 'p-li', cadence: paused }], [{ id: 'a', date: daysAgo(16) }]), 'dormant')).toEqual([]);
  });
  it('measures from the plan start when nothing was ever posted', () => {
    const f = codes(ws([{ id: 'p-li', cadence: { count: 1, per: 'week', startDate: '2024-05-01', timeZone: 'Europe/Paris' } }]), 'dormant');
    expect(f[0]?.message.en).toMatch(/no post since the plan started 45 days ago/);
  });
});

describe('dormant with a cadence: its weekdays and windows', () => {
  // Monday to Friday, 08:00–10:00 in London; NOW is Saturday 15 June 2024.
  const weekdays = { count: 5, per: 'week' as const, weekdays: [1, 2, 3, 4, 5], timeWindows: [{ start: '08:00', end: '10:00' }], timeZone: 'Europe/London', startDate: '2024-01-01' };
  const at = (now: string, lastPost: string) => planFindings(ws([{ id: 'p-li', cadence: weekdays }], [{ id: 'a', date: lastPost }]), new Date(now)).filter((f) => f.code === 'dormant');
  it('is not dormant on the weekend or on Monday for a Monday-to-Friday poster who posted on Friday', () => {
    expect(at('2024-06-16T18:00:00Z', '2024-06-14T08:30:00Z')).toEqual([]);
    expect(at('2024-06-17T06:30:00Z', '2024-06-14T08:30:00Z')).toEqual([]);
    expect(at('2024-06-17T12:00:00Z', '2024-06-14T08:30:00Z')).toEqual([]);
  });
  it('is dormant once more than two planned posts are missed', () => {
    expect(at('2024-06-19T12:00:00Z', '2024-06-14T08:30:00Z')).toHaveLength(1);
    expect(at('2024-06-18T12:00:00Z', '2024-06-14T08:30:00Z')).toEqual([]);
  });
});

describe('dormant without a cadence: from what was really posted', () => {
  const noPlan = (network: string, dates: string[]) => ws(
    [{ id: 'p', network, cadence: null, url: '' }],
    dates.map((date, i) => ({ id: `d${i}`, date, network, profileId: 'p' })),
  );
  it('tells an X account with 3 posts in 2 years to post regularly, or close it', () => {
    const f = codes(noPlan('x', ['2022-09-01T10:00:00Z', '2023-08-01T10:00:00Z', '2024-06-10T10:00:00Z']), 'dormant');
    expect(f).toHaveLength(1);
    expect(f[0]?.message.en).toMatch(/1 post in 6 months; an account on X \(Twitter\) is only worth having if you post regularly: post at least 2 times a week, or close it\.$/);
    expect(f[0]?.message.fr).toContain('ou fermez-le');
  });
  it('fires after four weeks of silence, dated in words, against the network’s minimum', () => {
    const weekly = Array.from({ length: 20 }, (_, i) => new Date(Date.parse('2024-01-02T09:00:00Z') + i * 7 * 86_400_000).toISOString());
    const f = codes(noPlan('linkedin', weekly.slice(0, 17)), 'dormant');
    expect(f[0]?.message.fr).toBe('LinkedIn — p : aucune publication depuis le 23 avril 2024 ; visez au moins une publication par semaine sur LinkedIn.');
  });
  it('does not fire for a regular poster, for a profile with no post recorded, or on a network that asks for no posting', () => {
    const weekly = Array.from({ length: 24 }, (_, i) => new Date(Date.parse('2024-01-02T09:00:00Z') + i * 7 * 86_400_000).toISOString());
    expect(codes(noPlan('linkedin', weekly), 'dormant')).toEqual([]);
    expect(codes(noPlan('linkedin', []), 'dormant')).toEqual([]);
    expect(codes(noPlan('xing', ['2023-01-01T10:00:00Z']), 'dormant')).toEqual([]);
  });
});

describe('personal profiles and declining networks are not judged on theme or rhythm', () => {
  it('no-theme and dormant stay quiet on a personal profile and on Viadeo, and fire on the same professional profile', () => {
    const old = [{ id: 'a', date: '2023-06-01T10:00:00Z', network: 'facebook', profileId: 'p-fb' }];
    const personal = ws([{ id: 'p-fb', network: 'facebook', audience: 'personal', theme: null, cadence: null }], old);
    expect([...codes(personal, 'no-theme'), ...codes(personal, 'dormant')]).toEqual([]);
    const viadeo = ws([{ id: 'p-vi', network: 'viadeo', theme: null }]);
    expect([...codes(viadeo, 'no-theme'), ...codes(viadeo, 'dormant')]).toEqual([]);
    const pro = ws([{ id: 'p-fb', network: 'facebook', theme: null, cadence: null }], old);
    expect(codes(pro, 'no-theme')).toHaveLength(1);
  });
});

describe('repetitive-posts', () => {
  const promo = (i: number) => `Offre spéciale : -20 % sur mon atelier Excel ${i % 2 ? 'de juin' : 'du mois prochain'}, réservez votre place sur mon site dès aujourd’hui !`;
  it('fires once for the same or nearly the same text posted again and again on one network, with an excerpt cut at a word', () => {
    const posts = Array.from({ length: 8 }, (_, i) => ({ id: `r${i}`, date: daysAgo(2 + i * 3), text: promo(i) }));
    const f = codes(ws([{ id: 'p-li' }], posts), 'repetitive-posts');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ key: 'repetitive-posts:p-li', severity: 'warning', profileId: 'p-li' });
    expect(f[0]?.message.fr).toBe("LinkedIn — p-li : le même texte publié 8 fois depuis le 23 mai 2024 (« Offre spéciale : -20 % sur mon atelier Excel de juin… »).");
  });
  it('does not fire for two repeats, for different texts, or for the same text across networks', () => {
    expect(codes(ws([{ id: 'p-li' }], [0, 1].map((i) => ({ id: `r${i}`, date: daysAgo(2 + i), text: promo(i) }))), 'repetitive-posts')).toEqual([]);
    const varied = ['Trois conseils pour conserver vos médicaments en été, loin de la chaleur.', 'Retour sur le congrès de pharmacie clinique de Lyon et ses idées.', 'Pourquoi la vaccination en officine change le quotidien des patients âgés.'];
    expect(codes(ws([{ id: 'p-li' }], varied.map((text, i) => ({ id: `v${i}`, date: daysAgo(2 + i), text }))), 'repetitive-posts')).toEqual([]);
    const spread = ws([{ id: 'p-li' }, { id: 'p-fb', network: 'facebook' }], [
      { id: 'a', date: daysAgo(2), text: promo(0) }, { id: 'b', date: daysAgo(3), text: promo(1) },
      { id: 'c', date: daysAgo(4), network: 'facebook', profileId: 'p-fb', text: promo(0) },
    ]);
    expect(codes(spread, 'repetitive-posts')).toEqual([]);
  });
});

describe('over-posting', () => {
  it('fires above the network maximum per day (LinkedIn: 1)', () => {
    const f = codes(ws([{ id: 'p-li' }], [{ id: 'a', date: '2024-06-14T07:00:00Z' }, { id: 'b', date: '2024-06-14T15:00:00Z' }]), 'over-posting');
    expect(f.map((x) => x.key)).toEqual(['over-posting:p-li:day']);
    expect(f[0]?.message.en).toContain('2 posts on 14 June 2024, above the maximum of 1 a day');
    expect(f[0]?.message.fr).toContain('2 publications le 14 juin 2024, au-delà du maximum de 1 par jour');
  });
  it('fires above the cadence maximum per week and respects the cadence over the network', () => {
    const cadence = { count: 2, per: 'week' as const, startDate: '2024-01-01', timeZone: 'Europe/Paris', maxPerWeek: 2, maxPerDay: 3 };
    const posts = [{ id: 'a', date: '2024-06-10T07:00:00Z' }, { id: 'b', date: '2024-06-10T15:00:00Z' }, { id: 'c', date: '2024-06-12T08:00:00Z' }];
    expect(codes(ws([{ id: 'p-li', cadence }], posts), 'over-posting').map((x) => x.key)).toEqual(['over-posting:p-li:week']);
  });
  it('does not fire at the limit, for old posts, or on days of the cadence zone that differ from UTC days', () => {
    expect(codes(ws([{ id: 'p-li' }], [{ id: 'a', date: '2024-06-13T07:00:00Z' }, { id: 'b', date: '2024-06-14T07:00:00Z' }]), 'over-posting')).toEqual([]);
    expect(codes(ws([{ id: 'p-li' }], [{ id: 'a', date: '2024-03-14T07:00:00Z' }, { id: 'b', date: '2024-03-14T09:00:00Z' }]), 'over-posting')).toEqual([]);
    // 23:30Z on the 13th is already the 14th in Paris; 00:30Z on the 13th is the 13th.
    expect(codes(ws([{ id: 'p-li' }], [{ id: 'a', date: '2024-06-12T21:30:00Z' }, { id: 'b', date: '2024-06-13T22:30:00Z' }]), 'over-posting')).toEqual([]);
  });
});

describe('burst', () => {
  it('fires for 3 posts within 2 hours on one network', () => {
    const f = codes(ws([{ id: 'p-li' }], [{ id: 'a', date: hoursAgo(30) }, { id: 'b', date: hoursAgo(29.5) }, { id: 'c', date: hoursAgo(28.5) }]), 'burst');
    expect(f).toHaveLength(1);
    expect(f[0]?.key).toBe('burst:p-li:a');
    expect(f[0]?.message.en).toContain('3 posts within 90 minutes');
  });
  it('does not fire when the third post comes later or is on another network', () => {
    expect(codes(ws([{ id: 'p-li' }], [{ id: 'a', date: hoursAgo(30) }, { id: 'b', date: hoursAgo(29.5) }, { id: 'c', date: hoursAgo(27.5) }]), 'burst')).toEqual([]);
    const w = ws([{ id: 'p-li' }, { id: 'p-x', network: 'x' }], [{ id: 'a', date: hoursAgo(3) }, { id: 'b', date: hoursAgo(2.5) }, { id: 'c', network: 'x', profileId: 'p-x', date: hoursAgo(2) }]);
    expect(codes(w, 'burst')).toEqual([]);
  });
});

describe('same-content-everywhere', () => {
  const text = 'Trois conseils pour bien conserver vos médicaments en été : à l’abri de la chaleur, de la lumière et de l’humidité.';
  it('fires for the same text on two networks the same day, even lightly reworded', () => {
    const w = ws([{ id: 'p-li' }, { id: 'p-fb', network: 'facebook' }], [
      { id: 'a', date: hoursAgo(5), text },
      { id: 'b', date: hoursAgo(4), network: 'facebook', profileId: 'p-fb', text: `${text} #santé` },
    ]);
    const f = codes(w, 'same-content-everywhere');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ key: 'same-content-everywhere:-:a', profileId: null });
    expect(f[0]?.message.en).toContain('LinkedIn, Facebook');
  });
  it('does not fire for different texts, two days apart, short texts or one network', () => {
    const other = 'Retour sur le congrès de pharmacie clinique de Lyon : trois idées à appliquer dès demain en officine.';
    const two = (b: PostIn): Workspace => ws([{ id: 'p-li' }, { id: 'p-fb', network: 'facebook' }], [{ id: 'a', date: hoursAgo(5), text }, { network: 'facebook', profileId: 'p-fb', ...b }]);
    expect(codes(two({ id: 'b', date: hoursAgo(4), text: other }), 'same-content-everywhere')).toEqual([]);
    expect(codes(two({ id: 'b', date: hoursAgo(53), text }), 'same-content-everywhere')).toEqual([]);
    expect(codes(ws([{ id: 'p-li' }, { id: 'p-fb', network: 'facebook' }], [{ id: 'a', date: hoursAgo(5), text: 'Bonjour' }, { id: 'b', network: 'facebook', profileId: 'p-fb', date: hoursAgo(4), text: 'Bonjour' }]), 'same-content-everywhere')).toEqual([]);
    expect(codes(ws([{ id: 'p-li' }], [{ id: 'a', date: hoursAgo(50), text }, { id: 'b', date: hoursAgo(4), text }]), 'same-content-everywhere')).toEqual([]);
  });
});

describe('promo-ratio-high', () => {
  const posts = (promo: number, total: number): PostIn[] =>
    Array.from({ length: total }, (_, i) => ({ id: `p${i}`, date: daysAgo(2 + i * 3), promotional: i < promo }));
  it('fires above 30 % promotional posts in 30 days', () => {
    const f = codes(ws([{ id: 'p-li' }], posts(2, 5)), 'promo-ratio-high');
    expect(f[0]?.message.en).toContain('2 promotional posts out of 5 in 30 days (40%');
  });
  it('does not fire at 30 % or below, or under 5 posts', () => {
    expect(codes(ws([{ id: 'p-li' }], posts(3, 10)), 'promo-ratio-high')).toEqual([]);
    expect(codes(ws([{ id: 'p-li' }], posts(4, 4)), 'promo-ratio-high')).toEqual([]);
  });
});

describe('theme rules', () => {
  it('no-theme fires for an active posting profile without theme, not for GitHub or a closed profile', () => {
    const w = ws([{ id: 'p-li', theme: null }, { id: 'p-gh', network: 'github', theme: null, cadence: null }, { id: 'p-old', network: 'x', theme: null, status: 'to-close' }]);
    expect(codes(w, 'no-theme').map((f) => f.profileId)).toEqual(['p-li']);
    expect(codes(ws([{ id: 'p-li' }]), 'no-theme')).toEqual([]);
  });
  it('duplicate-theme fires for the same title or keywords on two networks', () => {
    const w = ws([{ id: 'p-li' }, { id: 'p-x', network: 'x', theme: { title: 'La pharmacie clinique', keywords: ['veille'] } }]);
    expect(codes(w, 'duplicate-theme').map((f) => f.key)).toEqual(['duplicate-theme:p-x:p-li']);
    const kw = ws([{ id: 'p-li' }, { id: 'p-x', network: 'x', theme: { title: 'Actualité', keywords: ['Pharmacie', 'medicament', 'officine', 'garde'] } }]);
    expect(codes(kw, 'duplicate-theme')).toHaveLength(1);
  });
  it('duplicate-theme does not fire for distinct themes', () => {
    const w = ws([{ id: 'p-li' }, { id: 'p-x', network: 'x', theme: { title: 'Vie de quartier', keywords: ['association', 'bénévolat', 'officine'] } }]);
    expect(codes(w, 'duplicate-theme')).toEqual([]);
  });
  it('off-theme-post flags a recent post sharing no theme word, accent- and plural-insensitive', () => {
    const w = ws([{ id: 'p-li' }], [
      { id: 'off', date: daysAgo(1), text: 'Mon chat a encore renversé le café ce matin.' },
      { id: 'on', date: daysAgo(2), text: 'Les MEDICAMENTS génériques en question' },
      { id: 'old', date: daysAgo(60), text: 'Vacances à la mer' },
    ]);
    const f = codes(w, 'off-theme-post');
    expect(f.map((x) => x.key)).toEqual(['off-theme-post:p-li:off']);
    expect(f[0]).toMatchObject({ severity: 'info', points: 0 });
  });
});
