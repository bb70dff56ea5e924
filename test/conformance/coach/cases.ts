/**
 * The coach corpus: fictional clients (every person here is invented), each
 * written together with what a career coach must say about them, what the
 * coach must not say, and the score band the coach would give. Written
 * before the audit was run on them: a case that fails is a wrong audit,
 * not a wrong case.
 *
 * A finding is named by its rule code and, where it matters, the network it
 * is about (its profile's network, or the network a suggestion names).
 * `count` pins how many such findings there are (one message per problem).
 */
import type { WorkspaceInput } from '../../../shared/schema/workspace';
import { client, daysBetween, type Lang, postsOn } from './build';

export interface Expect {
  code: string;
  network?: string;
  count?: number;
}

export interface CoachCase {
  id: string;
  lang: Lang;
  /** Who the client is, in one line. */
  about: string;
  workspace?: WorkspaceInput;
  /** A JSON Resume, audited as the CLI audits one. */
  resume?: Record<string, unknown>;
  /** Default: Monday 2 March 2026, 10:00 UTC. */
  now?: string;
  /** The same client written in the other language: both must give the same findings. */
  twin?: string;
  must: Expect[];
  mustNot: Expect[];
  /** Score band, both ends included; null: no score yet (nothing checked). */
  band: [number, number] | null;
  /** Set while the case needs a part of issue 10 that has not landed (named here). */
  pending?: string;
  /** Set while only the score band waits for a part of issue 10 (the findings are checked). */
  bandPending?: string;
}

export const CORPUS_NOW = '2026-03-02T10:00:00Z';

/** Short filler posts (under the 40 characters the text rules compare), all different. */
const note = (i: number) => `Note ${i + 1} de la semaine`;

// ─── Health ──────────────────────────────────────────────────────────────────

const nurse = (lang: 'fr' | 'en'): CoachCase => ({
  id: `${lang}-nurse-no-linkedin`,
  lang,
  twin: lang === 'fr' ? 'en-nurse-no-linkedin' : 'fr-nurse-no-linkedin',
  about: 'A hospital nurse in Lyon looking for a job, with only an Instagram account.',
  workspace: client({
    lang, name: 'Sandrine Mabille', goal: 'job-search', location: 'Lyon, France',
    trade: lang === 'fr' ? 'infirmière en bloc opératoire' : 'operating theatre nurse',
    profiles: [{ id: 'ig', network: 'instagram', url: 'https://www.instagram.com/sandrine.mabille', handle: 'sandrine.mabille' }],
  }),
  must: [{ code: 'suggest-network', network: 'linkedin' }],
  mustNot: [{ code: 'suggest-network', network: 'malt' }, { code: 'suggest-network', network: 'xing' }, { code: 'missing-photo' }],
  band: [60, 100],
});

const krankenpflege = (form: 'f' | 'm'): CoachCase => ({
  id: `de-nurse-zurich-${form}`,
  lang: 'de',
  twin: form === 'f' ? 'de-nurse-zurich-m' : 'de-nurse-zurich-f',
  about: 'A nurse in Zürich writing in German, with LinkedIn only: XING is where Swiss recruiters look too.',
  workspace: client({
    lang: 'de', name: form === 'f' ? 'Regula Iseli' : 'Reto Iseli', goal: 'job-search', location: 'Zürich, Schweiz',
    trade: form === 'f' ? 'Diplomierte Krankenpflegerin' : 'Diplomierter Krankenpfleger',
    profiles: [{ id: 'li', network: 'linkedin', url: 'https://www.linkedin.com/in/iseli-zh', handle: 'iseli-zh' }],
  }),
  must: [{ code: 'suggest-network', network: 'xing' }],
  mustNot: [{ code: 'suggest-network', network: 'malt' }, { code: 'suggest-network', network: 'linkedin' }],
  band: [75, 100],
});

const physioPersonal = (lang: 'fr' | 'en'): CoachCase => ({
  id: `${lang}-physio-personal-facebook`,
  lang,
  twin: lang === 'fr' ? 'en-physio-personal-facebook' : 'fr-physio-personal-facebook',
  about: 'A physiotherapist whose LinkedIn points to her family Facebook, whose wall is public; the family profile owes nobody a theme or a headline.',
  workspace: client({
    lang, name: 'Marion Leclerc', location: 'Rennes, France',
    trade: lang === 'fr' ? 'masseuse-kinésithérapeute' : 'physiotherapist',
    profiles: [
      { id: 'li', network: 'linkedin', url: 'https://www.linkedin.com/in/marion-leclerc-kine', handle: 'marion-leclerc-kine',
        links: ['https://marionleclerc.example', 'https://www.facebook.com/marion.leclerc.famille'] },
      { id: 'fb', network: 'facebook', audience: 'personal', url: 'https://www.facebook.com/marion.leclerc.famille', handle: 'marion.leclerc.famille',
        headline: '', summary: '', wallRestricted: false, followOpen: false },
    ],
    posts: postsOn('fb', 'facebook', ['2025-02-14', '2025-03-30'], (i) => (i === 0 ? 'Anniversaire de Léo' : 'Vacances en Bretagne')),
  }),
  must: [{ code: 'pro-links-to-personal', network: 'linkedin' }, { code: 'wall-open', network: 'facebook' }],
  mustNot: [
    { code: 'no-theme', network: 'facebook' }, { code: 'missing-headline', network: 'facebook' }, { code: 'missing-summary', network: 'facebook' },
    { code: 'dormant', network: 'facebook' }, { code: 'orphan-profile' }, { code: 'follow-disabled', network: 'facebook' },
    { code: 'suggest-network', network: 'malt' },
  ],
  band: [70, 97],
});

const osteoMixed: CoachCase = {
  id: 'en-osteopath-personal-mixed',
  lang: 'en',
  about: 'An osteopath whose personal Instagram advertises her practice: pro and personal mixed.',
  workspace: client({
    lang: 'en', name: 'Hannah Okafor', location: 'Manchester, United Kingdom', trade: 'osteopath',
    profiles: [
      { id: 'li', network: 'linkedin', url: 'https://www.linkedin.com/in/hannah-okafor-osteo', handle: 'hannah-okafor-osteo' },
      { id: 'ig', network: 'instagram', audience: 'personal', url: 'https://www.instagram.com/hannah.at.home', handle: 'hannah.at.home',
        headline: 'Osteopath in Manchester – book a session at my practice', summary: '', links: ['https://hannahokafor.example'] },
    ],
  }),
  must: [{ code: 'personal-mixed', network: 'instagram' }],
  mustNot: [{ code: 'no-theme', network: 'instagram' }, { code: 'missing-summary', network: 'instagram' }, { code: 'suggest-network', network: 'malt' }],
  band: [70, 98],
};

const pharmacistModel: CoachCase = {
  id: 'fr-pharmacist-model',
  lang: 'fr',
  about: 'A community pharmacist in Lyon with a complete, linked LinkedIn and both pharmacy networks: nothing to say.',
  workspace: client({
    lang: 'fr', name: 'Claire Aubertin', location: 'Lyon', trade: 'pharmacienne d’officine',
    profiles: [
      { id: 'li', network: 'linkedin', url: 'https://www.linkedin.com/in/claire-aubertin', handle: 'claire-aubertin' },
      { id: 'tp', network: 'talentpharmacie', url: 'https://www.talentpharmacie.fr/profil/claire-aubertin', handle: 'claire-aubertin' },
      { id: 'pr', network: 'pharmareseau', url: 'https://www.pharma-reseau.fr/membre/claire-aubertin', handle: 'claire-aubertin' },
    ],
    posts: postsOn('li', 'linkedin', daysBetween('2025-10-07', '2026-02-24', [2]), note),
  }),
  must: [],
  mustNot: [{ code: 'suggest-network' }, { code: 'missing-photo' }, { code: 'orphan-profile' }, { code: 'missing-cross-link' }, { code: 'dormant' }],
  band: [90, 100],
};

const pharmacistNiche: CoachCase = {
  id: 'fr-pharmacist-niche',
  lang: 'fr',
  about: 'A pharmacist in Lille, job seeker, LinkedIn only: the two pharmacy networks are where pharmacies recruit.',
  workspace: client({
    lang: 'fr', name: 'Thomas Vandamme', goal: 'job-search', location: 'Lille', trade: 'pharmacien adjoint',
    profiles: [{ id: 'li', network: 'linkedin', url: 'https://www.linkedin.com/in/thomas-vandamme', handle: 'thomas-vandamme' }],
  }),
  must: [{ code: 'suggest-network', network: 'talentpharmacie' }, { code: 'suggest-network', network: 'pharmareseau' }],
  mustNot: [{ code: 'suggest-network', network: 'malt' }, { code: 'suggest-network', network: 'xing' }],
  band: [70, 100],
};

const pharmacistUk: CoachCase = {
  id: 'en-pharmacist-uk',
  lang: 'en',
  about: 'A pharmacist in Leeds: the French pharmacy networks serve France only.',
  workspace: client({
    lang: 'en', name: 'Priya Raman', location: 'Leeds, United Kingdom', trade: 'community pharmacist',
    profiles: [{ id: 'li', network: 'linkedin', url: 'https://www.linkedin.com/in/priya-raman-pharm', handle: 'priya-raman-pharm' }],
  }),
  must: [],
  mustNot: [{ code: 'suggest-network', network: 'talentpharmacie' }, { code: 'suggest-network', network: 'pharmareseau' }, { code: 'suggest-network', network: 'malt' }],
  band: [85, 100],
};

// ─── Sport ───────────────────────────────────────────────────────────────────

const sportCoach = (lang: 'fr' | 'en'): CoachCase => ({
  id: `${lang}-sport-coach-freelance`,
  lang,
  twin: lang === 'fr' ? 'en-sport-coach-freelance' : 'fr-sport-coach-freelance',
  about: 'A self-employed fitness coach in Bordeaux: a tech-and-consulting marketplace is no place for her.',
  workspace: client({
    lang, name: 'Inès Baptiste', goal: 'freelance', location: 'Bordeaux, France',
    trade: lang === 'fr' ? 'coach sportive indépendante' : 'freelance personal trainer',
    profiles: [
      { id: 'li', network: 'linkedin', url: 'https://www.linkedin.com/in/ines-baptiste-coach', handle: 'ines-baptiste-coach' },
      { id: 'ig', network: 'instagram', url: 'https://www.instagram.com/ines.coach', handle: 'ines.coach' },
    ],
    posts: [
      ...postsOn('li', 'linkedin', daysBetween('2025-11-04', '2026-02-24', [2]), note),
      ...postsOn('ig', 'instagram', daysBetween('2025-11-06', '2026-02-26', [4]), note),
    ],
  }),
  must: [],
  mustNot: [{ code: 'suggest-network', network: 'malt' }, { code: 'suggest-network', network: 'linkedin' }, { code: 'dormant' }],
  band: [85, 100],
});

// ─── Tech ────────────────────────────────────────────────────────────────────

const freelanceDev = (lang: 'fr' | 'en'): CoachCase => ({
  id: `${lang}-freelance-dev-nantes`,
  lang,
  twin: lang === 'fr' ? 'en-freelance-dev-nantes' : 'fr-freelance-dev-nantes',
  about: 'A freelance developer in Nantes with LinkedIn and GitHub: Malt is where French clients hire freelancers.',
  workspace: client({
    lang, name: 'Camille Rouxel', goal: 'freelance', location: 'Nantes, France',
    trade: lang === 'fr' ? 'développeuse web freelance' : 'freelance web developer',
    profiles: [
      { id: 'li', network: 'linkedin', url: 'https://www.linkedin.com/in/camille-rouxel', handle: 'camille-rouxel' },
      { id: 'gh', network: 'github', url: 'https://github.com/crouxel', handle: 'crouxel' },
    ],
  }),
  must: [{ code: 'suggest-network', network: 'malt' }],
  mustNot: [{ code: 'suggest-network', network: 'xing' }, { code: 'suggest-network', network: 'linkedin' }],
  band: [75, 100],
});

const berlinDev: CoachCase = {
  id: 'de-freelance-dev-berlin',
  lang: 'de',
  about: 'A freelance software developer in Berlin without XING or Malt, both used by German clients.',
  workspace: client({
    lang: 'de', name: 'Jörg Straßmann', goal: 'freelance', location: 'Berlin, Deutschland', trade: 'Freiberuflicher Softwareentwickler',
    profiles: [
      { id: 'li', network: 'linkedin', url: 'https://www.linkedin.com/in/joerg-strassmann', handle: 'joerg-strassmann' },
      { id: 'gh', network: 'github', url: 'https://github.com/jstrassmann', handle: 'jstrassmann', displayName: 'Jorg Strassmann' },
    ],
  }),
  must: [{ code: 'suggest-network', network: 'xing' }, { code: 'suggest-network', network: 'malt' }],
  mustNot: [{ code: 'name-inconsistent' }, { code: 'suggest-network', network: 'linkedin' }],
  band: [70, 100],
};

const austinDev: CoachCase = {
  id: 'en-freelance-dev-austin',
  lang: 'en',
  about: 'A freelance developer in Austin, Texas: Malt does not serve the United States.',
  workspace: client({
    lang: 'en', name: 'Marcus Bell', goal: 'freelance', location: 'Austin, Texas, USA', trade: 'freelance backend developer',
    profiles: [
      { id: 'li', network: 'linkedin', url: 'https://www.linkedin.com/in/marcus-bell-dev', handle: 'marcus-bell-dev' },
      { id: 'gh', network: 'github', url: 'https://github.com/mbell', handle: 'mbell' },
    ],
  }),
  must: [],
  mustNot: [{ code: 'suggest-network', network: 'malt' }, { code: 'suggest-network', network: 'xing' }],
  band: [85, 100],
};

const crossLinkPair: CoachCase = {
  id: 'fr-dev-cross-link-pair',
  lang: 'fr',
  about: 'An employed developer without a site: LinkedIn and Stack Overflow do not cite each other; that is one problem, said once.',
  workspace: client({
    lang: 'fr', name: 'Hugo Ferrand', location: 'Toulouse', trade: 'ingénieur logiciel', website: null,
    profiles: [
      { id: 'li', network: 'linkedin', url: 'https://www.linkedin.com/in/hugo-ferrand', handle: 'hugo-ferrand', links: ['https://github.com/hferrand'] },
      { id: 'gh', network: 'github', url: 'https://github.com/hferrand', handle: 'hferrand', links: ['https://www.linkedin.com/in/hugo-ferrand'] },
      { id: 'so', network: 'stackoverflow', url: 'https://stackoverflow.com/users/4242/hugo-ferrand', handle: '4242', links: ['https://github.com/hferrand'] },
    ],
  }),
  must: [{ code: 'missing-cross-link', count: 1 }, { code: 'one-way-link', count: 1 }],
  mustNot: [{ code: 'orphan-profile' }],
  band: [80, 98],
};

const sameContent: CoachCase = {
  id: 'en-designer-same-content',
  lang: 'en',
  about: 'A product designer who posted the same announcement on LinkedIn, X and Mastodon: one finding listing the three.',
  workspace: client({
    lang: 'en', name: 'Aiko Tanaka-Reid', location: 'Bristol, United Kingdom', trade: 'product designer',
    profiles: [
      { id: 'li', network: 'linkedin', url: 'https://www.linkedin.com/in/aiko-tanaka-reid', handle: 'aiko-tanaka-reid' },
      { id: 'x', network: 'x', url: 'https://x.com/aikotr', handle: 'aikotr' },
      { id: 'ma', network: 'mastodon', url: 'https://mastodon.social/@aikotr', handle: 'aikotr@mastodon.social' },
      { id: 'dr', network: 'dribbble', url: 'https://dribbble.com/aikotr', handle: 'aikotr' },
    ],
    posts: [
      ...postsOn('li', 'linkedin', daysBetween('2025-12-02', '2026-02-24', [2]), note),
      ...postsOn('x', 'x', daysBetween('2025-12-01', '2026-02-27', [1, 3, 5]), note),
      ...postsOn('ma', 'mastodon', daysBetween('2025-12-03', '2026-02-25', [3]), note),
      ...['li', 'x', 'ma'].map((id, i) => ({
        id: `${id}-launch`, profileId: id, network: id === 'li' ? 'linkedin' : id === 'x' ? 'x' : 'mastodon',
        date: `2026-02-1${i}T12:00:00Z`, status: 'published' as const,
        text: 'Our new design system is live: forty components, accessible by default, documented with real examples.',
      })),
    ],
  }),
  must: [{ code: 'same-content-everywhere', count: 1 }],
  mustNot: [{ code: 'repetitive-posts' }, { code: 'dormant' }, { code: 'suggest-network', network: 'behance' }],
  band: [80, 100],
};

// ─── Law and finance ─────────────────────────────────────────────────────────

const lawyerViadeo = (lang: 'fr' | 'en'): CoachCase => ({
  id: `${lang}-lawyer-viadeo-x`,
  lang,
  twin: lang === 'fr' ? 'en-lawyer-viadeo-x' : 'fr-lawyer-viadeo-x',
  about: 'An employment lawyer with an old, empty Viadeo and an X account with 3 posts in two years.',
  workspace: client({
    lang, name: 'Élodie Marchetti', location: 'Paris', trade: lang === 'fr' ? 'avocate en droit du travail' : 'employment lawyer',
    profiles: [
      { id: 'li', network: 'linkedin', url: 'https://www.linkedin.com/in/elodie-marchetti', handle: 'elodie-marchetti' },
      { id: 'vi', network: 'viadeo', url: 'https://www.viadeo.com/p/elodie.marchetti', handle: 'elodie.marchetti', summary: '', keywords: [], links: [], lastReviewed: '2019-05-01' },
      { id: 'x', network: 'x', url: 'https://x.com/emarchetti_avo', handle: 'emarchetti_avo' },
    ],
    posts: [
      ...postsOn('li', 'linkedin', daysBetween('2025-10-06', '2026-02-23', [1]), note),
      ...postsOn('x', 'x', ['2024-04-10', '2025-01-15', '2025-06-20'], note),
    ],
  }),
  must: [{ code: 'legacy-network', network: 'viadeo' }, { code: 'dormant', network: 'x' }],
  mustNot: [
    { code: 'missing-summary', network: 'viadeo' }, { code: 'missing-keywords', network: 'viadeo' }, { code: 'no-theme', network: 'viadeo' },
    { code: 'stale-profile', network: 'viadeo' }, { code: 'orphan-profile' }, { code: 'missing-cross-link' }, { code: 'dormant', network: 'linkedin' },
    { code: 'suggest-network', network: 'malt' },
  ],
  band: [70, 95],
});

const steuerberaterin: CoachCase = {
  id: 'de-tax-adviser-dormant-linkedin',
  lang: 'de',
  about: 'A tax adviser in Munich who posted every week on LinkedIn, then stopped five months ago.',
  workspace: client({
    lang: 'de', name: 'Katharina Wöhrle', location: 'München', trade: 'Steuerberaterin',
    profiles: [
      { id: 'li', network: 'linkedin', url: 'https://www.linkedin.com/in/katharina-woehrle', handle: 'katharina-woehrle' },
      { id: 'xi', network: 'xing', url: 'https://www.xing.com/profile/Katharina_Woehrle', handle: 'Katharina_Woehrle' },
    ],
    posts: postsOn('li', 'linkedin', daysBetween('2025-03-04', '2025-09-30', [2]), note),
  }),
  must: [{ code: 'dormant', network: 'linkedin' }],
  mustNot: [{ code: 'suggest-network', network: 'xing' }, { code: 'suggest-network', network: 'malt' }, { code: 'dormant', network: 'xing' }],
  band: [75, 98],
};

const auditorXingOnly: CoachCase = {
  id: 'de-auditor-xing-only',
  lang: 'de',
  about: 'An employed auditor in Frankfurt with XING only: LinkedIn is a must for every professional.',
  workspace: client({
    lang: 'de', name: 'Stefan Brandauer', location: 'Frankfurt am Main', trade: 'Wirtschaftsprüfer',
    profiles: [{ id: 'xi', network: 'xing', url: 'https://www.xing.com/profile/Stefan_Brandauer', handle: 'Stefan_Brandauer' }],
  }),
  must: [{ code: 'suggest-network', network: 'linkedin' }],
  mustNot: [{ code: 'suggest-network', network: 'xing' }, { code: 'suggest-network', network: 'malt' }],
  band: [60, 100],
};

// ─── Consulting ──────────────────────────────────────────────────────────────

const testimonial = (lang: 'fr' | 'en'): CoachCase => ({
  id: `${lang}-consultant-testimonial`,
  lang,
  twin: lang === 'fr' ? 'en-consultant-testimonial' : 'fr-consultant-testimonial',
  about: 'A strategy consultant whose summary quotes a client testimonial, in the third person: a testimonial, not a pasted CV.',
  workspace: client({
    lang, name: 'Bastien Garnier', location: 'Paris', trade: lang === 'fr' ? 'consultant en stratégie' : 'strategy consultant',
    profiles: [{
      id: 'li', network: 'linkedin', url: 'https://www.linkedin.com/in/bastien-garnier', handle: 'bastien-garnier',
      summary: lang === 'fr'
        ? 'J’aide les PME industrielles à choisir leurs marchés et à s’y tenir. J’anime des ateliers courts, je chiffre chaque option et je reste jusqu’à la mise en œuvre.\n\n« Bastien a su poser les bonnes questions. Il a mené notre comité de direction vers une décision en trois semaines, et il est resté pour la mettre en œuvre. » — Nadia Ferhat, directrice générale des Forges de l’Ain'
        : 'I help industrial SMEs choose their markets and stick to them. I run short workshops, cost every option and stay until it is carried out.\n\n"Bastien asked the right questions. He led our board to a decision in three weeks, and he stayed to carry it out." — Nadia Ferhat, CEO of Forges de l’Ain',
    }],
  }),
  must: [],
  mustNot: [{ code: 'summary-looks-like-cv' }],
  band: [90, 100],
});

const lookalike: CoachCase = {
  id: 'en-consultant-lookalike-link',
  lang: 'en',
  about: 'An IT consultant whose Medium profile links to a look-alike of linkedin.com: a warning on that profile, naming LinkedIn.',
  workspace: client({
    lang: 'en', name: 'Daniel Osei', location: 'Dublin, Ireland', trade: 'IT consultant',
    profiles: [
      { id: 'li', network: 'linkedin', url: 'https://www.linkedin.com/in/daniel-osei', handle: 'daniel-osei' },
      { id: 'me', network: 'medium', url: 'https://medium.com/@danielosei', handle: 'danielosei', links: ['https://danielosei.example', 'https://www.linkedln.com/in/daniel-osei'] },
    ],
  }),
  must: [{ code: 'lookalike-link', network: 'medium', count: 1 }],
  mustNot: [{ code: 'unknown-link-target', network: 'medium' }],
  band: [70, 96],
};

// ─── Design ──────────────────────────────────────────────────────────────────

const artDirector: CoachCase = {
  id: 'fr-art-director-model',
  lang: 'fr',
  about: 'A freelance art director in Lille with LinkedIn, Behance, Malt and a professional Instagram, all complete.',
  workspace: client({
    lang: 'fr', name: 'Zoé Lambrecht', goal: 'freelance', location: 'Lille', trade: 'directrice artistique indépendante',
    profiles: [
      { id: 'li', network: 'linkedin', url: 'https://www.linkedin.com/in/zoe-lambrecht', handle: 'zoe-lambrecht' },
      { id: 'be', network: 'behance', url: 'https://www.behance.net/zoelambrecht', handle: 'zoelambrecht' },
      { id: 'ma', network: 'malt', url: 'https://www.malt.fr/profile/zoelambrecht', handle: 'zoelambrecht' },
      { id: 'ig', network: 'instagram', url: 'https://www.instagram.com/zoe.lambrecht.da', handle: 'zoe.lambrecht.da' },
    ],
    posts: [
      ...postsOn('li', 'linkedin', daysBetween('2025-11-04', '2026-02-24', [2]), note),
      ...postsOn('ig', 'instagram', daysBetween('2025-11-06', '2026-02-26', [4]), note),
    ],
  }),
  must: [],
  mustNot: [{ code: 'suggest-network' }, { code: 'missing-cross-link' }, { code: 'dormant' }, { code: 'missing-keywords' }],
  band: [90, 100],
};

const uxJobSeeker = (lang: 'fr' | 'en'): CoachCase => ({
  id: `${lang}-ux-job-seeker-pasted-cv`,
  lang,
  twin: lang === 'fr' ? 'en-ux-job-seeker-pasted-cv' : 'fr-ux-job-seeker-pasted-cv',
  about: 'A UX designer looking for a job in London whose LinkedIn summary is a pasted CV; a job seeker needs no marketplace.',
  workspace: client({
    lang, name: 'Léa Morin', goal: 'job-search', location: 'London, United Kingdom', trade: lang === 'fr' ? 'designer UX' : 'UX designer',
    positions: [
      { title: lang === 'fr' ? 'Designer UX senior' : 'Senior UX designer', company: 'Cartographe', start: '2021-01', end: '2025-06' },
      { title: lang === 'fr' ? 'Designer UX' : 'UX designer', company: 'Studio Nord', start: '2017-09', end: '2020-12' },
    ],
    profiles: [
      { id: 'li', network: 'linkedin', url: 'https://www.linkedin.com/in/lea-morin-ux', handle: 'lea-morin-ux',
        summary: lang === 'fr'
          ? 'EXPÉRIENCE\n2021 – 2025 : Designer UX senior, Cartographe\n2017 – 2020 : Designer UX, Studio Nord\n\nFORMATION\n2017 : Master design d’interaction, Strate\n\nCOMPÉTENCES\n• Recherche utilisateur\n• Prototypage Figma\n• Tests d’utilisabilité'
          : 'EXPERIENCE\n2021 – 2025: Senior UX designer, Cartographe\n2017 – 2020: UX designer, Studio Nord\n\nEDUCATION\n2017: MA Interaction design, Strate\n\nSKILLS\n• User research\n• Figma prototyping\n• Usability testing' },
      { id: 'dr', network: 'dribbble', url: 'https://dribbble.com/leamorin', handle: 'leamorin' },
    ],
  }),
  must: [{ code: 'summary-looks-like-cv', network: 'linkedin' }],
  mustNot: [{ code: 'suggest-network', network: 'malt' }, { code: 'suggest-network', network: 'behance' }],
  band: [60, 92],
});

// ─── Translation ─────────────────────────────────────────────────────────────

const translator = (lang: 'fr' | 'en'): CoachCase => ({
  id: `${lang}-translator-freelance`,
  lang,
  twin: lang === 'fr' ? 'en-translator-freelance' : 'fr-translator-freelance',
  about: 'A freelance English-to-French translator in Montpellier with LinkedIn only: ProZ.com is the translators’ marketplace, Malt lists translators too.',
  workspace: client({
    lang, name: 'Agnès Fontvieille', goal: 'freelance', location: 'Montpellier, France',
    trade: lang === 'fr' ? 'traductrice indépendante anglais-français' : 'freelance English to French translator',
    profiles: [{ id: 'li', network: 'linkedin', url: 'https://www.linkedin.com/in/agnes-fontvieille', handle: 'agnes-fontvieille' }],
  }),
  must: [{ code: 'suggest-network', network: 'proz' }, { code: 'suggest-network', network: 'malt' }],
  mustNot: [{ code: 'suggest-network', network: 'xing' }, { code: 'suggest-network', network: 'linkedin' }],
  band: [65, 100],
});

const viennaTranslator: CoachCase = {
  id: 'de-translator-vienna',
  lang: 'de',
  about: 'A translator in Vienna with XING and ProZ.com but no LinkedIn.',
  workspace: client({
    lang: 'de', name: 'Ødegaard Lisbeth', location: 'Wien, Österreich', trade: 'Übersetzerin und Dolmetscherin',
    profiles: [
      { id: 'xi', network: 'xing', url: 'https://www.xing.com/profile/Lisbeth_Odegaard', handle: 'Lisbeth_Odegaard', displayName: 'Lisbeth Odegaard' },
      { id: 'pz', network: 'proz', url: 'https://www.proz.com/profile/123456', handle: '123456' },
    ],
  }),
  must: [{ code: 'suggest-network', network: 'linkedin' }],
  mustNot: [{ code: 'suggest-network', network: 'xing' }, { code: 'name-inconsistent' }],
  band: [60, 100],
};

// ─── Names and scripts ───────────────────────────────────────────────────────

const arabicName: CoachCase = {
  id: 'en-data-engineer-arabic-name',
  lang: 'en',
  about: 'A data engineer in Dubai whose name and headline appear in Latin and Arabic script: consistent.',
  workspace: client({
    lang: 'en', name: 'Layla Haddad', location: 'Dubai, United Arab Emirates', trade: 'data engineer',
    profiles: [
      { id: 'li', network: 'linkedin', url: 'https://www.linkedin.com/in/layla-haddad', handle: 'layla-haddad', displayName: 'Layla Haddad ليلى حداد' },
      { id: 'x', network: 'x', url: 'https://x.com/laylahaddad', handle: 'laylahaddad', displayName: 'ليلى حداد', headline: 'مهندسة بيانات' },
      { id: 'gh', network: 'github', url: 'https://github.com/lhaddad', handle: 'lhaddad' },
    ],
    posts: postsOn('x', 'x', daysBetween('2025-12-01', '2026-02-27', [1, 4]), note),
  }),
  must: [],
  mustNot: [{ code: 'name-inconsistent' }, { code: 'headline-inconsistent' }],
  band: [85, 100],
};

const hebrewName: CoachCase = {
  id: 'fr-lawyer-hebrew-name',
  lang: 'fr',
  about: 'A business lawyer in Paris with a Hebrew-script name on X and an alias in brackets on LinkedIn: consistent; an initial on Bluesky is not.',
  workspace: client({
    lang: 'fr', name: 'Noa Ben David', location: 'Paris', trade: 'avocate d’affaires',
    profiles: [
      { id: 'li', network: 'linkedin', url: 'https://www.linkedin.com/in/noa-ben-david', handle: 'noa-ben-david', displayName: 'Noa (Noémie) Ben David' },
      { id: 'x', network: 'x', url: 'https://x.com/noabendavid', handle: 'noabendavid', displayName: 'נועה בן דוד · Noa Ben David' },
      { id: 'bs', network: 'bluesky', url: 'https://bsky.app/profile/noabd.bsky.social', handle: 'noabd.bsky.social', displayName: 'N. Ben David' },
    ],
    posts: [
      ...postsOn('x', 'x', daysBetween('2025-12-01', '2026-02-27', [1, 4]), note),
      ...postsOn('bs', 'bluesky', daysBetween('2025-12-02', '2026-02-26', [2, 4]), note),
      ...postsOn('li', 'linkedin', daysBetween('2025-12-03', '2026-02-25', [3]), note),
    ],
  }),
  must: [{ code: 'name-inconsistent', network: 'bluesky', count: 1 }],
  mustNot: [{ code: 'name-inconsistent', network: 'linkedin' }, { code: 'name-inconsistent', network: 'x' }],
  band: [85, 100],
};

const nordicPolish: CoachCase = {
  id: 'en-nordic-polish-letters',
  lang: 'en',
  about: 'A Danish-Polish developer whose name is written with Ø and Ł on some networks and plainly on others: consistent; "S. Kowalczyk" is a short form.',
  workspace: client({
    lang: 'en', name: 'Søren Łukasz Kowalczyk', location: 'Copenhagen, Denmark', trade: 'software engineer',
    profiles: [
      { id: 'li', network: 'linkedin', url: 'https://www.linkedin.com/in/soren-kowalczyk', handle: 'soren-kowalczyk' },
      { id: 'gh', network: 'github', url: 'https://github.com/skowalczyk', handle: 'skowalczyk', displayName: 'Soren Lukasz Kowalczyk' },
      { id: 'so', network: 'stackoverflow', url: 'https://stackoverflow.com/users/777/soren', handle: '777', displayName: 'S. Kowalczyk' },
    ],
  }),
  must: [{ code: 'name-inconsistent', network: 'stackoverflow', count: 1 }],
  mustNot: [{ code: 'name-inconsistent', network: 'github' }],
  band: [85, 100],
};

const chineseName: CoachCase = {
  id: 'en-engineer-chinese-name',
  lang: 'en',
  about: 'A machine-learning engineer in Shanghai: "Wang Xiaoming", "Xiaoming Wang" and "王小明 Xiaoming Wang" are the same name.',
  workspace: client({
    lang: 'en', name: 'Wang Xiaoming', location: 'Shanghai, China', trade: 'machine learning engineer',
    profiles: [
      { id: 'li', network: 'linkedin', url: 'https://www.linkedin.com/in/xiaoming-wang', handle: 'xiaoming-wang', displayName: 'Xiaoming Wang' },
      { id: 'gh', network: 'github', url: 'https://github.com/wxm', handle: 'wxm', displayName: '王小明 Xiaoming Wang', headline: '机器学习工程师' },
    ],
  }),
  must: [],
  mustNot: [{ code: 'name-inconsistent' }, { code: 'headline-inconsistent' }],
  band: [90, 100],
};

// ─── Rhythm ──────────────────────────────────────────────────────────────────

const weekdayPoster: CoachCase = {
  id: 'en-weekday-poster-monday',
  lang: 'en',
  about: 'A recruiter who posts every weekday morning on LinkedIn; it is Monday 07:30, before her window: not dormant.',
  now: '2026-03-02T07:30:00Z',
  workspace: client({
    lang: 'en', name: 'Grace Whitfield', location: 'London, United Kingdom', trade: 'tech recruiter',
    profiles: [{
      id: 'li', network: 'linkedin', url: 'https://www.linkedin.com/in/grace-whitfield', handle: 'grace-whitfield',
      cadence: { count: 5, per: 'week', weekdays: [1, 2, 3, 4, 5], timeWindows: [{ start: '08:00', end: '10:00' }], timeZone: 'Europe/London', startDate: '2025-09-01' },
    }],
    posts: postsOn('li', 'linkedin', daysBetween('2025-09-01', '2026-02-27'), (i) => `Tip ${i + 1} for candidates`),
  }),
  must: [],
  mustNot: [{ code: 'dormant' }, { code: 'over-posting' }],
  band: [90, 100],
};

const journalistX: CoachCase = {
  id: 'en-journalist-x-rare',
  lang: 'en',
  about: 'A data journalist who posts weekly on LinkedIn without a plan, and posted on X 3 times in 2 years, the last one last week.',
  workspace: client({
    lang: 'en', name: 'Tomás Ferreira', location: 'Lisbon, Portugal', trade: 'data journalist',
    profiles: [
      { id: 'li', network: 'linkedin', url: 'https://www.linkedin.com/in/tomas-ferreira', handle: 'tomas-ferreira' },
      { id: 'x', network: 'x', url: 'https://x.com/tferreira_data', handle: 'tferreira_data' },
    ],
    posts: [
      ...postsOn('li', 'linkedin', daysBetween('2025-09-02', '2026-02-24', [2]), note),
      ...postsOn('x', 'x', ['2024-05-02', '2025-03-11', '2026-02-24'], note),
    ],
  }),
  must: [{ code: 'dormant', network: 'x', count: 1 }],
  mustNot: [{ code: 'dormant', network: 'linkedin' }],
  band: [80, 98],
};

const repeatedPromo = (lang: 'fr' | 'en'): CoachCase => ({
  id: `${lang}-trainer-repeated-promo`,
  lang,
  twin: lang === 'fr' ? 'en-trainer-repeated-promo' : 'fr-trainer-repeated-promo',
  about: 'A freelance office-software trainer who posted the same promotion 20 times on LinkedIn: repetitive, said once.',
  workspace: client({
    lang, name: 'Nathalie Berthier', goal: 'freelance', location: 'Grenoble, France', trade: lang === 'fr' ? 'formatrice bureautique indépendante' : 'freelance office software trainer',
    profiles: [
      { id: 'li', network: 'linkedin', url: 'https://www.linkedin.com/in/nathalie-berthier', handle: 'nathalie-berthier' },
      { id: 'ma', network: 'malt', url: 'https://www.malt.fr/profile/nathalieberthier', handle: 'nathalieberthier' },
    ],
    posts: postsOn('li', 'linkedin', daysBetween('2026-01-05', '2026-02-27', [1, 3, 5]).slice(0, 20), (i) => (lang === 'fr'
      ? `Offre spéciale : -20 % sur mon atelier Excel du mois ${i % 2 === 0 ? 'prochain' : 'de mars'}, réservez votre place sur mon site dès aujourd’hui !`
      : `Special offer: 20% off my Excel workshop ${i % 2 === 0 ? 'next month' : 'in March'}, book your seat on my website today!`)),
  }),
  must: [{ code: 'repetitive-posts', network: 'linkedin', count: 1 }],
  mustNot: [{ code: 'same-content-everywhere' }, { code: 'dormant' }],
  band: [75, 97],
});

const overPoster: CoachCase = {
  id: 'fr-community-manager-over-posting',
  lang: 'fr',
  about: 'A community manager looking for a job who posts four times a day on LinkedIn.',
  workspace: client({
    lang: 'fr', name: 'Yanis Belkacem', goal: 'job-search', location: 'Marseille', trade: 'community manager',
    profiles: [{ id: 'li', network: 'linkedin', url: 'https://www.linkedin.com/in/yanis-belkacem', handle: 'yanis-belkacem' }],
    posts: daysBetween('2026-02-16', '2026-02-27').flatMap((day, d) => [8, 11, 14, 17].map((h, k) => ({
      id: `li-${d}-${k}`, profileId: 'li', network: 'linkedin', date: `${day}T${String(h).padStart(2, '0')}:00:00Z`, status: 'published' as const,
      text: `Idée ${d * 4 + k + 1}`,
    }))),
  }),
  must: [{ code: 'over-posting', network: 'linkedin' }],
  mustNot: [{ code: 'dormant' }, { code: 'repetitive-posts' }],
  band: [75, 97],
};

const dormantMany: CoachCase = {
  id: 'fr-consultant-scattered',
  lang: 'fr',
  about: 'A freelance HR consultant with two dormant profiles, a LinkedIn without photo, headline or link, and Malt: scattered presence, low score.',
  workspace: client({
    lang: 'fr', name: 'Patrice Lemaire', goal: 'freelance', location: 'Nancy', trade: 'consultant RH indépendant', website: null,
    profiles: [
      { id: 'li', network: 'linkedin', url: 'https://www.linkedin.com/in/patrice-lemaire', handle: 'patrice-lemaire', noPhoto: true, headline: '', keywords: ['RH'] },
      { id: 'ma', network: 'malt', url: 'https://www.malt.fr/profile/patricelemaire', handle: 'patricelemaire', summary: 'Consultant RH.' },
      { id: 'x', network: 'x', status: 'dormant', url: 'https://x.com/plemaire_rh', handle: 'plemaire_rh' },
      { id: 'fb', network: 'facebook', status: 'dormant', url: 'https://www.facebook.com/patrice.lemaire.rh', handle: 'patrice.lemaire.rh' },
    ],
  }),
  must: [
    { code: 'missing-photo', network: 'linkedin' }, { code: 'missing-headline', network: 'linkedin' }, { code: 'missing-keywords', network: 'linkedin' },
    { code: 'summary-too-short', network: 'malt' }, { code: 'too-many-dormant' }, { code: 'orphan-profile' },
  ],
  mustNot: [{ code: 'suggest-network', network: 'malt' }],
  band: [0, 65],
};

// ─── Résumés (need the facts model of issue 10: what a résumé does not show is "to verify") ───

const resumeUrlsOnly: CoachCase = {
  id: 'en-resume-urls-only',
  lang: 'en',
  about: 'A strong résumé naming LinkedIn and GitHub by URL: nothing about those profiles has been seen, so each is one "to verify" item, no errors and no score yet.',
  resume: {
    basics: {
      name: 'Olusegun Adeyemi', label: 'Site reliability engineer', email: 'o.adeyemi@example.com', location: { city: 'Amsterdam', countryCode: 'NL' },
      summary: 'I keep payment systems up at night so that people can sleep. Eight years of on-call, three platform migrations, no lost transaction.',
      profiles: [
        { network: 'LinkedIn', url: 'https://www.linkedin.com/in/olusegun-adeyemi' },
        { network: 'GitHub', url: 'https://github.com/oadeyemi' },
      ],
    },
  },
  must: [{ code: 'to-verify', network: 'linkedin' }, { code: 'to-verify', network: 'github' }],
  mustNot: [{ code: 'missing-photo' }, { code: 'missing-name' }, { code: 'missing-headline' }, { code: 'missing-summary' }],
  band: null,
};

const resumePastedCv: CoachCase = {
  id: 'fr-resume-pasted-cv',
  lang: 'fr',
  about: 'A résumé whose own summary is a pasted CV: the résumé’s content is audited.',
  resume: {
    basics: {
      name: 'Julien Castaing', label: 'Chef de projet informatique',
      summary: 'EXPÉRIENCE\n2019 – 2024 : Chef de projet, Banque Atlantique\n2014 – 2019 : Analyste, Assurances du Midi\n\nFORMATION\n2014 : Master MIAGE, Toulouse\n\nCOMPÉTENCES\n• Gestion de projet\n• SQL\n• Agile',
      profiles: [{ network: 'LinkedIn', url: 'https://www.linkedin.com/in/julien-castaing' }],
    },
    work: [
      { name: 'Banque Atlantique', position: 'Chef de projet', startDate: '2019-01-01', endDate: '2024-06-30' },
      { name: 'Assurances du Midi', position: 'Analyste', startDate: '2014-09-01', endDate: '2018-12-31' },
    ],
  },
  must: [{ code: 'summary-looks-like-cv' }, { code: 'to-verify', network: 'linkedin' }],
  mustNot: [{ code: 'missing-photo' }],
  band: null,
};

/**
 * Résumés audited for what they say themselves (issue 10 item 2): the person's name, function,
 * summary, picture and site. These findings have no profile (`network` unset) and cost the
 * profiles' score nothing; the profiles a résumé names stay "to verify".
 */
const resumeStrong: CoachCase = {
  id: 'fr-resume-strong',
  lang: 'fr',
  about: 'A strong French résumé: name, function, a first-person summary of a few lines, a picture, a personal site and LinkedIn; nothing to say about the résumé itself.',
  resume: {
    basics: {
      name: 'Hélène Kervella', label: 'Responsable de la communication interne', image: 'https://helenekervella.example/photo.jpg',
      url: 'https://helenekervella.example', location: { city: 'Brest', countryCode: 'FR' },
      summary: 'J’aide les équipes d’entreprises de 200 à 2 000 personnes à se parler : journaux internes, réunions qui servent à quelque chose, intranets qu’on ouvre. Mon dernier chantier a fait passer le taux de lecture de notre lettre interne de 18 % à 61 %.',
      profiles: [{ network: 'LinkedIn', url: 'https://www.linkedin.com/in/helene-kervella' }],
    },
    work: [{ name: 'Armor Industries', position: 'Responsable de la communication interne', startDate: '2019-03-01' }],
  },
  must: [{ code: 'to-verify', network: 'linkedin', count: 1 }],
  mustNot: [
    { code: 'resume-missing-name' }, { code: 'resume-missing-label' }, { code: 'resume-missing-summary' }, { code: 'resume-summary-too-short' },
    { code: 'summary-looks-like-cv' }, { code: 'resume-missing-picture' }, { code: 'resume-invalid-site' }, { code: 'missing-photo' },
  ],
  band: null,
};

const resumeThirdPerson: CoachCase = {
  id: 'en-resume-third-person-summary',
  lang: 'en',
  about: 'A résumé whose summary talks about her in the third person and walks through every employer: a pasted CV, said once, about the résumé (not about LinkedIn).',
  resume: {
    basics: {
      name: 'Nadia Okonkwo', label: 'Supply chain manager', image: 'https://nadiaokonkwo.example/me.jpg', location: { city: 'Rotterdam', countryCode: 'NL' },
      summary: 'Nadia is a supply chain manager with fifteen years of experience. She has worked at Maersk Line as a planner, then at Unilever as a logistics analyst, then at Philips as a supply chain lead. She is known for her rigour and she leads cross-functional teams.',
      profiles: [{ network: 'LinkedIn', url: 'https://www.linkedin.com/in/nadia-okonkwo' }],
    },
    work: [
      { name: 'Philips', position: 'Supply chain lead', startDate: '2018-01-01' },
      { name: 'Unilever', position: 'Logistics analyst', startDate: '2013-01-01', endDate: '2017-12-31' },
      { name: 'Maersk Line', position: 'Planner', startDate: '2010-01-01', endDate: '2012-12-31' },
    ],
  },
  must: [{ code: 'summary-looks-like-cv', count: 1 }, { code: 'to-verify', network: 'linkedin' }],
  mustNot: [{ code: 'summary-looks-like-cv', network: 'linkedin' }, { code: 'resume-missing-label' }, { code: 'resume-missing-picture' }, { code: 'missing-photo' }],
  band: null,
};

const resumeNoLabel: CoachCase = {
  id: 'fr-resume-no-label',
  lang: 'fr',
  about: 'A résumé with a name, a good summary and a picture but no function: the reader does not know what she does.',
  resume: {
    basics: {
      name: 'Maëlle Giraud', image: 'https://maellegiraud.example/portrait.jpg', location: { city: 'Dijon', countryCode: 'FR' },
      summary: 'Je forme les nouveaux arrivants d’un réseau de vingt agences bancaires : parcours d’accueil, tutorat, ateliers pratiques. En deux ans, le départ des nouveaux embauchés dans leur première année a baissé de moitié.',
      profiles: [{ network: 'LinkedIn', url: 'https://www.linkedin.com/in/maelle-giraud' }],
    },
  },
  must: [{ code: 'resume-missing-label', count: 1 }],
  mustNot: [{ code: 'resume-missing-name' }, { code: 'summary-looks-like-cv' }, { code: 'resume-summary-too-short' }, { code: 'resume-missing-picture' }, { code: 'missing-headline' }],
  band: null,
};

const resumeGerman: CoachCase = {
  id: 'de-resume-short-no-picture',
  lang: 'de',
  about: 'A German résumé (Cologne) with a one-line summary and no picture, where a CV photo is customary; its site imitates LinkedIn.',
  resume: {
    basics: {
      name: 'Birgit Hoffmeister', label: 'Steuerfachangestellte', location: { city: 'Köln', countryCode: 'DE' },
      summary: 'Erfahrene Steuerfachangestellte.', url: 'https://linkedin-com.example/in/birgit-hoffmeister',
      profiles: [{ network: 'XING', url: 'https://www.xing.com/profile/Birgit_Hoffmeister' }],
    },
  },
  must: [{ code: 'resume-summary-too-short', count: 1 }, { code: 'resume-missing-picture', count: 1 }, { code: 'resume-invalid-site', count: 1 }, { code: 'to-verify', network: 'xing' }],
  mustNot: [{ code: 'resume-missing-label' }, { code: 'summary-looks-like-cv' }, { code: 'missing-photo' }, { code: 'missing-summary' }],
  band: null,
};

const resumeUsNoPicture: CoachCase = {
  id: 'en-resume-us-no-picture',
  lang: 'en',
  about: 'A US résumé without a picture, as US recruiters expect: a coach would not ask for one; but no name at all is a blocker.',
  resume: {
    basics: {
      label: 'Registered nurse', location: { city: 'Denver', region: 'Colorado', countryCode: 'US' },
      summary: 'I have spent nine years on a cardiac step-down unit, where I trained twenty new graduates and led our fall-prevention project, which cut falls by a third.',
      profiles: [{ network: 'LinkedIn', url: 'https://www.linkedin.com/in/rn-denver-cardiac' }],
    },
  },
  must: [{ code: 'resume-missing-name', count: 1 }],
  mustNot: [{ code: 'resume-missing-picture' }, { code: 'resume-missing-label' }, { code: 'summary-looks-like-cv' }, { code: 'resume-summary-too-short' }],
  band: null,
};

export const COACH_CORPUS: readonly CoachCase[] = [
  nurse('fr'), nurse('en'), krankenpflege('f'), krankenpflege('m'), physioPersonal('fr'), physioPersonal('en'), osteoMixed,
  pharmacistModel, pharmacistNiche, pharmacistUk,
  sportCoach('fr'), sportCoach('en'),
  freelanceDev('fr'), freelanceDev('en'), berlinDev, austinDev, crossLinkPair, sameContent,
  lawyerViadeo('fr'), lawyerViadeo('en'), steuerberaterin, auditorXingOnly,
  testimonial('fr'), testimonial('en'), lookalike,
  artDirector, uxJobSeeker('fr'), uxJobSeeker('en'),
  translator('fr'), translator('en'), viennaTranslator,
  arabicName, hebrewName, nordicPolish, chineseName,
  weekdayPoster, journalistX, repeatedPromo('fr'), repeatedPromo('en'), overPoster, dormantMany,
  resumeUrlsOnly, resumePastedCv, resumeStrong, resumeThirdPerson, resumeNoLabel, resumeGerman, resumeUsNoPicture,
];
