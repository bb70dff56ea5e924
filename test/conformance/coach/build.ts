/**
 * Builders for the coach corpus: a fictional client is written as the coach
 * sees it (who they are, which profiles, what they posted), and the builder
 * fills every field the coach did not mention with a sound value, so that a
 * case only shows the problems it is about.
 */
import { BUILTIN_NETWORKS } from '../../../shared/domain/networks/catalog';
import type { z } from 'zod';
import { factsFromFields } from '../../../shared/domain/facts/record';
import { type Post, Profile, type ProfileInput, type WorkspaceInput } from '../../../shared/schema/workspace';

export type PostInput = z.input<typeof Post>;

export type Lang = 'fr' | 'en' | 'de';

export interface ProfileSpec extends Partial<ProfileInput> {
  id: string;
  network: string;
  /** Links to the person's site unless `links` is given. */
  links?: string[];
  /** The coach saw the profile has no photo (otherwise it has one). */
  noPhoto?: boolean;
}

export interface ClientSpec {
  lang: Lang;
  name: string;
  trade: string;
  goal?: 'job-search' | 'freelance' | 'ambassador' | 'other';
  location: string;
  languages?: string[];
  headline?: string;
  /** Without a site, profiles only count the links they name. */
  website?: string | null;
  positions?: { title: string; company: string; start?: string; end?: string }[];
  profiles: ProfileSpec[];
  posts?: PostInput[];
}

const SUMMARY: Record<Lang, (trade: string) => string> = {
  fr: (trade) => `Je suis ${trade} et j’accompagne mes clients au quotidien avec rigueur et bonne humeur. Je travaille avec des particuliers comme avec des équipes, en expliquant chaque étape et en m’adaptant à leurs contraintes. Mon dernier projet : un accompagnement de six mois qui a changé la façon de travailler de toute une équipe. Écrivez-moi pour en parler.`,
  en: (trade) => `I am a ${trade} and I support my clients every day with care and good humour. I work with individuals as well as teams, explaining each step and adapting to their constraints. My latest project: a six-month engagement that changed the way a whole team works. Write to me and let us talk about yours.`,
  de: (trade) => `Ich bin ${trade} und begleite meine Kundinnen und Kunden jeden Tag mit Sorgfalt und guter Laune. Ich arbeite mit Einzelpersonen wie mit Teams, erkläre jeden Schritt und passe mich ihren Rahmenbedingungen an. Mein letztes Projekt: eine sechsmonatige Begleitung, die die Arbeitsweise eines ganzen Teams verändert hat. Schreiben Sie mir.`,
};

const KEYWORDS: Record<Lang, string[]> = {
  fr: ['conseil', 'accompagnement', 'organisation', 'pédagogie', 'écoute', 'qualité', 'suivi'],
  en: ['advice', 'coaching', 'organisation', 'teaching', 'listening', 'quality', 'follow-up'],
  de: ['Beratung', 'Begleitung', 'Organisation', 'Didaktik', 'Zuhören', 'Qualität', 'Betreuung'],
};

/** A distinct theme per network, so that no two profiles share one unless a case says so. */
const THEMES: Record<string, { title: string; keywords: string[] }> = {
  linkedin: { title: 'Expertise métier', keywords: ['expertise', 'métier', 'retours terrain'] },
  x: { title: 'Veille du secteur', keywords: ['veille', 'actualité', 'secteur'] },
  facebook: { title: 'Vie du cabinet', keywords: ['cabinet', 'équipe', 'patients'] },
  instagram: { title: 'Coulisses en images', keywords: ['coulisses', 'photos', 'atelier'] },
  mastodon: { title: 'Logiciel libre', keywords: ['libre', 'communauté', 'outils'] },
  bluesky: { title: 'Conférences et lectures', keywords: ['conférences', 'lectures', 'débats'] },
  youtube: { title: 'Tutoriels vidéo', keywords: ['tutoriels', 'vidéo', 'démonstrations'] },
  xing: { title: 'Fachwissen', keywords: ['Fachwissen', 'Praxis', 'Branche'] },
};

export const SITE = (name: string) => `https://${name.toLowerCase().normalize('NFD').replace(/[^a-z]+/g, '')}.example`;

function network(id: string) {
  const n = BUILTIN_NETWORKS.find((d) => d.id === id);
  if (!n) throw new Error(`no built-in network ${id}`);
  return n;
}

/**
 * A complete, reviewed, linked profile on `spec.network`, overridden by the spec, as the coach
 * typed it after looking at the live page: filled fields known, empty ones known absent.
 */
function profile(client: ClientSpec, spec: ProfileSpec, site: string | null): ProfileInput {
  const { noPhoto, ...fields } = spec;
  const input = typedProfile(client, fields, site);
  const facts = factsFromFields(Profile.parse(input), { kind: 'typed', at: null, label: '' }, { empty: 'absent', photo: noPhoto ? 'absent' : 'known' });
  return { ...input, facts };
}

function typedProfile(client: ClientSpec, spec: Omit<ProfileSpec, 'noPhoto'>, site: string | null): ProfileInput {
  const n = network(spec.network);
  const personal = spec.audience === 'personal';
  const posting = (n.posting?.minPerWeek ?? 0) > 0;
  return {
    displayName: client.name,
    headline: client.headline ?? client.trade,
    summary: SUMMARY[client.lang](client.trade),
    location: client.location,
    keywords: n.features.keywords ? KEYWORDS[client.lang] : [],
    followOpen: n.features.follow ? true : null,
    wallRestricted: n.features.wall ? true : null,
    lastReviewed: '2026-02-10',
    theme: posting && !personal ? (THEMES[n.id] ?? { title: `Thème ${n.label}`, keywords: [n.label] }) : null,
    ...spec,
    links: spec.links ?? (site && !personal ? [site] : []),
  };
}

export function client(spec: ClientSpec): WorkspaceInput {
  const site = spec.website === undefined ? SITE(spec.name) : spec.website;
  return {
    id: 'ws-coach',
    name: spec.name,
    createdAt: '2025-01-01T09:00:00Z',
    updatedAt: '2026-03-01T09:00:00Z',
    person: {
      displayName: spec.name,
      headline: spec.headline ?? spec.trade,
      trade: spec.trade,
      goal: spec.goal ?? 'other',
      location: spec.location,
      languages: spec.languages ?? [spec.lang],
      websites: site ? [site] : [],
      positions: (spec.positions ?? []).map((p) => ({ start: '', end: '', description: '', ...p })),
    },
    profiles: spec.profiles.map((p) => profile(spec, p, site)),
    posts: spec.posts ?? [],
  };
}

/** Published posts on a profile at `hour` UTC on each given day (YYYY-MM-DD). */
export function postsOn(profileId: string, networkId: string, days: readonly string[], text: (i: number) => string, extra: Partial<PostInput> = {}): PostInput[] {
  return days.map((day, i) => ({
    id: `${profileId}-post-${i}`,
    profileId,
    network: networkId,
    date: `${day}T08:30:00Z`,
    status: 'published' as const,
    text: text(i),
    ...extra,
  }));
}

/** Every weekday (1 = Monday … 5 = Friday by default) between two dates, both included. */
export function daysBetween(from: string, to: string, weekdays: readonly number[] = [1, 2, 3, 4, 5], everyNthWeek = 1): string[] {
  const out: string[] = [];
  const start = Date.parse(`${from}T00:00:00Z`);
  for (let t = start; t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    const d = new Date(t);
    const week = Math.floor((t - start) / (7 * 86_400_000));
    if (weekdays.includes(d.getUTCDay()) && week % everyNthWeek === 0) out.push(d.toISOString().slice(0, 10));
  }
  return out;
}
