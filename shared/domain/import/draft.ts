import type { NetworkRegistry } from '../networks/registry';
import type { ImportChange, ImportIssue, ImportPlan } from '../../schema/import-plan';
import type { Lang, Localized } from '../../schema/text';
import { Certification, Education, FACT_NAMES, type FactName, type FactSource, type FactSourceKind, Person, type Position, Profile, type Workspace } from '../../schema/workspace';
import { certificationLabel, educationLabel, missingFrom, sameCertification, sameEducation } from '../workspace/career';
import { cloneJson, newProfile } from '../workspace/factory';
import { sameUrl } from './urls';

/** Profile.keywords item limit (shared/schema/workspace.ts). */
const KEYWORD_MAX = 100;

type TextField<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T];
export type PersonTextField = TextField<Person>;
export type ProfileTextField = TextField<Omit<Profile, 'id' | 'network'>>;

/** The schema's own length limit of a text field, so a long import value is clipped rather than making the result invalid. */
function maxLength(shape: Record<string, unknown>, field: string): number {
  const schema = shape[field] as { unwrap?: () => { maxLength?: number | null } } | undefined;
  return schema?.unwrap?.().maxLength ?? Number.POSITIVE_INFINITY;
}

/** An entry of text fields trimmed and clipped to its schema's limits (a school name from a PDF has no bound). */
function fit<T extends Record<string, string>>(shape: Record<string, unknown>, entry: T): T {
  return Object.fromEntries(Object.entries(entry).map(([k, v]) => [k, v.trim().slice(0, maxLength(shape, k))])) as T;
}

/**
 * A copy of the target being edited by an importer, which records every edit
 * as a preview line. The target itself is never touched: the plan's `result`
 * is this copy, so "apply" replaces the workspace and "undo" restores the old one.
 */
export class Draft {
  readonly ws: Workspace;
  readonly changes: ImportChange[] = [];
  readonly issues: ImportIssue[] = [];
  readonly read: Record<string, number> = {};

  /**
   * `source`: what the imported files are, so each profile fact they show is
   * recorded as known from them, dated `sourceDate` (the file's own date,
   * YYYY-MM-DD, when it says) or else the day of the import.
   */
  constructor(
    target: Workspace,
    private readonly ctx: { idGen: () => string; now: Date; lang: Lang; registry: NetworkRegistry; source?: FactSourceKind; sourceDate?: string | null },
  ) {
    this.ws = cloneJson(target);
  }

  private source(file: string | null): FactSource | null {
    if (!this.ctx.source) return null;
    // The file's own name, not its path: the same fact from a zip or its unpacked folder says the same.
    const label = file?.split(/[\\/]/).pop() ?? '';
    return { kind: this.ctx.source, at: this.ctx.sourceDate ?? this.ctx.now.toISOString().slice(0, 10), label };
  }

  /** Records that the file showed this fact on the live profile: there (`known`) or not (`absent`). */
  seeFact(profile: Profile, fact: FactName, state: 'known' | 'absent', file: string | null): void {
    const source = this.source(file);
    if (source) profile.facts = { ...profile.facts, [fact]: { state, source } };
  }

  /** A link the file shows on the live profile (not just declared): kept in `seenLinks` with where it was seen. */
  seeLink(profile: Profile, url: string, file: string | null): void {
    const source = this.source(file);
    if (!source) return;
    profile.seenLinks = [...profile.seenLinks.filter((s) => !sameUrl(s.url, url)), { url, source }];
  }

  get lang(): Lang {
    return this.ctx.lang;
  }

  /** "LinkedIn — jeanne-dupont": what the user sees in the preview. */
  label(profile: Profile): string {
    return `${this.ctx.registry.get(profile.network)?.label ?? profile.network} — ${profile.handle || profile.displayName || profile.url || profile.id}`;
  }

  issue(level: ImportIssue['level'], file: string | null, where: string | number | null, text: Localized): void {
    this.issues.push({ level, file, where: where === null ? null : String(where), message: text[this.ctx.lang] });
  }

  count(kind: string, n = 1): void {
    this.read[kind] = (this.read[kind] ?? 0) + n;
  }

  /**
   * The person is curated from several sources, so an import only fills an
   * empty field; a different value already there is kept and reported.
   */
  fillPerson(field: PersonTextField, value: string, file: string | null): void {
    const after = this.clip(value, maxLength(Person.shape, field), file, `person.${field}`);
    const before = this.ws.person[field];
    if (after === '' || after === before.trim()) return;
    if (before.trim() !== '') {
      this.issue('skipped', file, `person.${field}`, {
        fr: `Valeur existante conservée (${short(before)}) ; l'import propose ${short(after)}.`,
        en: `Kept the existing value (${short(before)}); the import has ${short(after)}.`,
      });
      return;
    }
    this.ws.person[field] = after as never;
    this.changes.push({ kind: 'add', entity: 'person', label: `person.${field}`, field, before: null, after });
  }

  /** A network profile's own fields follow its export, the freshest source for them. */
  setProfile(profile: Profile, field: ProfileTextField, value: string, file: string | null = null): void {
    const after = this.clip(value, maxLength(Profile.shape, field), file, `${profile.network}.${field}`);
    const before = profile[field];
    if (after !== '' && isFact(field)) this.seeFact(profile, field, 'known', file);
    if (after === '' || after === before) return;
    profile[field] = after as never;
    this.changes.push({ kind: before === '' ? 'add' : 'change', entity: 'profile', label: this.label(profile), field, before: before || null, after });
  }

  /**
   * The profile on this network with this handle (case-insensitive), else one
   * with no handle yet, else — without a handle — the first on the network.
   * Created and recorded when there is none: a person may have two X accounts.
   */
  ensureProfile(network: string, init: { url?: string; handle?: string } = {}): Profile {
    const handle = (init.handle ?? '').toLowerCase();
    const onNetwork = this.ws.profiles.filter((p) => p.network === network);
    const existing = handle === ''
      ? onNetwork[0]
      : (onNetwork.find((p) => p.handle.toLowerCase() === handle) ?? onNetwork.find((p) => p.handle === ''));
    if (existing) {
      this.setProfile(existing, 'handle', init.handle ?? '');
      if (existing.url === '') this.setProfile(existing, 'url', init.url ?? '');
      return existing;
    }
    const profile = newProfile(network, { id: this.ctx.idGen(), url: init.url ?? '', handle: init.handle ?? '' });
    this.ws.profiles.push(profile);
    this.changes.push({ kind: 'add', entity: 'profile', label: this.label(profile), field: null, before: null, after: profile.url || null });
    return profile;
  }

  /** The archive shows whether the profile has a picture; the file itself stays in the archive. */
  markPhoto(profile: Profile, present: boolean, file: string | null): void {
    const state = present ? 'known' : 'absent';
    if (profile.facts.photo.state === state) return;
    const before = profile.facts.photo.state === 'unchecked' ? null : profile.facts.photo.state === 'known' ? 'present' : 'absent';
    this.seeFact(profile, 'photo', state, file);
    this.changes.push({ kind: 'change', entity: 'profile', label: this.label(profile), field: 'photo', before, after: present ? 'present' : 'absent' });
  }

  addProfileLink(profile: Profile, url: string, file: string | null = null): void {
    this.seeFact(profile, 'links', 'known', file);
    if (profile.links.some((l) => sameUrl(l, url))) return;
    profile.links.push(url);
    this.changes.push({ kind: 'add', entity: 'profile', label: this.label(profile), field: 'links', before: null, after: url });
  }

  addPersonWebsite(url: string): void {
    if (this.ws.person.websites.some((w) => sameUrl(w, url))) return;
    this.ws.person.websites.push(url);
    this.changes.push({ kind: 'add', entity: 'person', label: 'person.websites', field: 'websites', before: null, after: url });
  }

  /** Adds names missing from a person list (skills, languages), ignoring case. */
  addToPersonList(list: 'skills' | 'languages', names: string[], max = Number.POSITIVE_INFINITY): void {
    const items = this.ws.person[list];
    const known = new Set(items.map((s) => s.toLowerCase()));
    for (const raw of names) {
      const name = raw.trim().slice(0, max);
      if (name === '' || known.has(name.toLowerCase())) continue;
      known.add(name.toLowerCase());
      items.push(name);
      this.changes.push({ kind: 'add', entity: 'person', label: `person.${list}`, field: list, before: null, after: name });
    }
  }

  /** Adds keywords missing from a profile (ignoring case), clipped to the schema's length; the file showed them. */
  addProfileKeywords(profile: Profile, names: readonly string[], file: string | null): void {
    if (names.some((n) => n.trim() !== '')) this.seeFact(profile, 'keywords', 'known', file);
    const known = new Set(profile.keywords.map((k) => k.toLowerCase()));
    for (const raw of names) {
      const name = raw.trim().slice(0, KEYWORD_MAX);
      if (name === '' || known.has(name.toLowerCase())) continue;
      known.add(name.toLowerCase());
      profile.keywords.push(name);
      this.changes.push({ kind: 'add', entity: 'profile', label: this.label(profile), field: 'keywords', before: null, after: name });
    }
  }

  /**
   * A position is the same when title, company and start agree (ignoring
   * case); then its end and description follow the file.
   */
  addPosition(position: Position): void {
    const same = (p: Position) =>
      p.title.toLowerCase() === position.title.toLowerCase() && p.company.toLowerCase() === position.company.toLowerCase() && p.start === position.start;
    const existing = this.ws.person.positions.find(same);
    const label = [position.title, position.company].filter(Boolean).join(' — ');
    if (existing) {
      if (existing.end !== position.end || existing.description !== position.description) {
        this.changes.push({ kind: 'change', entity: 'person', label: `person.positions: ${label}`, field: 'positions', before: existing.end || null, after: position.end || null });
        Object.assign(existing, position);
      }
      return;
    }
    this.ws.person.positions.push(position);
    this.changes.push({ kind: 'add', entity: 'person', label: `person.positions: ${label}`, field: 'positions', before: null, after: label });
  }

  /** Schools and certifications are added when new, never duplicated (career.ts says what is the same). */
  addEducation(entries: readonly Education[]): void {
    this.addToList('education', this.ws.person.education, entries.map((e) => fit(Education.shape, e)), sameEducation, educationLabel);
  }

  addCertifications(entries: readonly Certification[]): void {
    this.addToList('certifications', this.ws.person.certifications, entries.map((c) => fit(Certification.shape, c)), sameCertification, certificationLabel);
  }

  private addToList<T>(field: string, list: T[], entries: readonly T[], same: (a: T, b: T) => boolean, label: (e: T) => string): void {
    for (const entry of missingFrom(list, entries, same)) {
      list.push(entry);
      this.changes.push({ kind: 'add', entity: 'person', label: `person.${field}: ${label(entry)}`, field, before: null, after: label(entry) });
    }
  }

  private clip(value: string, max: number, file: string | null, where: string): string {
    const text = value.trim();
    if (text.length <= max) return text;
    this.issue('warning', file, where, {
      fr: `Texte de ${text.length} caractères coupé à ${max}, la longueur que Vitrine garde.`,
      en: `Text of ${text.length} characters cut to ${max}, the length Vitrine keeps.`,
    });
    return text.slice(0, max);
  }

  finish(format: ImportPlan['format']): ImportPlan {
    if (this.changes.length > 0) this.ws.updatedAt = this.ctx.now.toISOString();
    return { format, result: this.ws, changes: this.changes, issues: this.issues, read: this.read };
  }
}

const FACTS: ReadonlySet<string> = new Set(FACT_NAMES);
const isFact = (field: string): field is FactName => FACTS.has(field);

function short(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}

