import type { ImportPlan } from '../../schema/import-plan';
import type { Lang } from '../../schema/text';
import type { Person, Workspace } from '../../schema/workspace';
import type { NetworkRegistry } from '../networks/registry';
import { newWorkspace } from '../workspace/factory';
import { describeValue, type FieldError } from '../../schema/zod-issues';
import { parseJsonText } from '../workspace/json-text';
import { mergeWorkspaces } from '../workspace/merge';
import { readPerson } from './person';
import { readProfiles, type UncertainNetwork } from './profiles';
import { isObject, type Json, Reader } from './read';

export interface JsonResumeImportOptions {
  idGen: () => string;
  now: Date;
  registry: NetworkRegistry;
  lang?: Lang;
}

export type JsonResumeImportResult =
  /** `person`: what the résumé itself says (before merging into the target), for its own audit. */
  | { ok: true; plan: ImportPlan; uncertain: UncertainNetwork[]; person: Person }
  | { ok: false; errors: FieldError[] };

/** Top-level sections of JSON Resume 0.x–1.3; a file with none of them is not a résumé. */
const SECTIONS = ['basics', 'work', 'volunteer', 'education', 'awards', 'certificates', 'publications', 'skills', 'languages', 'interests', 'references', 'projects'];

function say(lang: Lang, fr: string, en: string): string {
  return lang === 'fr' ? fr : en;
}

/** Why a parsed JSON value is not a résumé we can read, or null when it is one. */
function notAResume(root: unknown, lang: Lang): FieldError | null {
  if (!isObject(root)) {
    const got = describeValue(root)[lang];
    return { path: '', message: say(lang, `attendu : un objet JSON Resume, reçu : ${got}`, `expected a JSON Resume object, got ${got}`) };
  }
  const declared = typeof root.$schema === 'string' ? root.$schema : '';
  if (/json-schema\.org/i.test(declared) || (isObject(root.properties) && isObject((root.properties as Json).basics))) {
    return { path: '', message: say(lang,
      "ce fichier est un schéma JSON (la description du format JSON Resume), pas un CV",
      'this file is a JSON Schema (the definition of the JSON Resume format), not a résumé') };
  }
  if (!SECTIONS.some((key) => key in root)) {
    return { path: '', message: say(lang,
      "ce n’est pas un CV JSON Resume : aucune section basics, work, skills… n’a été trouvée",
      'not a JSON Resume: none of its sections (basics, work, skills…) was found') };
  }
  if ('basics' in root && !isObject(root.basics)) {
    const got = describeValue(root.basics)[lang];
    return { path: 'basics', message: say(lang, `attendu : un objet, reçu : ${got}`, `expected an object, got ${got}`) };
  }
  return null;
}

/**
 * Plans importing a JSON Resume (schema 0.x to 1.3) into `target`: the
 * person from basics/work/education/certificates/skills/languages, one profile per recognised entry
 * of basics.profiles. Merges like a workspace file (matching profiles by
 * network + handle), so importing a second résumé of the same person, in
 * another language, only fills what is missing. Never throws, never mutates.
 */
export function importJsonResume(target: Workspace, resumeText: string, options: JsonResumeImportOptions): JsonResumeImportResult {
  const { idGen, now, registry, lang = 'en' } = options;
  if (typeof resumeText !== 'string') return { ok: false, errors: [{ path: '', message: say(lang, 'aucun texte à lire', 'no text to read') }] };
  const json = parseJsonText(resumeText, lang);
  if (!json.ok) return { ok: false, errors: [{ path: '', message: json.message }] };
  const problem = notAResume(json.value, lang);
  if (problem) return { ok: false, errors: [problem] };

  const root = json.value as Json;
  const basics = isObject(root.basics) ? root.basics : {};
  const reader = new Reader(lang);
  const incoming = newWorkspace(target.name, { id: target.id, now });
  incoming.person = readPerson(reader, root, basics);
  const { profiles, sources, uncertain } = readProfiles(reader, basics, registry, idGen);
  incoming.profiles = profiles;

  const plan = mergeWorkspaces(target, incoming, {
    mode: 'merge', now, lang, format: 'json-resume',
    networkLabel: (id) => registry.get(id)?.label ?? id,
    profileSource: (i) => `basics.profiles[${sources[i] ?? i}]`,
  });
  // A guessed profile that merged into one the user already had is not the import's to remove.
  const added = new Set(plan.result.profiles.map((p) => p.id).filter((id) => !target.profiles.some((t) => t.id === id)));
  const guesses = uncertain.map((u) => ({ ...u, profileId: added.has(u.profileId) ? u.profileId : '' }));
  const rawProfiles = Array.isArray(basics.profiles) ? basics.profiles.length : 0;
  return {
    ok: true,
    plan: {
      ...plan,
      issues: [...reader.issues, ...plan.issues],
      read: {
        profiles: rawProfiles, positions: incoming.person.positions.length, skills: incoming.person.skills.length, languages: incoming.person.languages.length,
        education: incoming.person.education.length, certifications: incoming.person.certifications.length,
      },
    },
    uncertain: guesses,
    person: incoming.person,
  };
}
