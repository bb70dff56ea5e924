import type { ImportChange } from '../../schema/import-plan';
import type { Person, Post, Profile, Workspace } from '../../schema/workspace';
import { CAREER_LIST_NAMES, certificationLabel, educationLabel, missingFrom, sameCertification, sameEducation } from './career';
import { profileLabel } from './profile-key';

/** A field value as one line of a preview; empty values show as null ("nothing"). */
export function displayValue(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    return value.every((v) => typeof v === 'string') ? value.join(', ') : JSON.stringify(value);
  }
  if (typeof value === 'object') return Object.keys(value).length === 0 ? null : JSON.stringify(value);
  return String(value);
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function fieldChanges<T extends object>(
  before: T, after: T, entity: ImportChange['entity'], label: (field: string) => string, skip: readonly string[] = [],
): ImportChange[] {
  const changes: ImportChange[] = [];
  for (const field of Object.keys(after) as (keyof T & string)[]) {
    if (skip.includes(field) || same(before[field], after[field])) continue;
    changes.push({ kind: 'change', entity, label: label(field), field, before: displayValue(before[field]), after: displayValue(after[field]) });
  }
  return changes;
}

function postLabel(post: Post): string {
  const snippet = post.text.length > 40 ? `${post.text.slice(0, 40)}…` : post.text;
  return `${post.date.slice(0, 10)} ${post.network}${snippet ? ` — ${snippet}` : ''}`;
}

/** One line per school or certification added (or dropped by a replace), in words rather than JSON. */
function listChanges<T>(field: string, was: readonly T[], now: readonly T[], same: (a: T, b: T) => boolean, label: (e: T) => string): ImportChange[] {
  return [
    ...missingFrom(was, now, same).map((e): ImportChange => ({ kind: 'add', entity: 'person', label: `person.${field}: ${label(e)}`, field, before: null, after: label(e) })),
    ...missingFrom(now, was, same).map((e): ImportChange => ({ kind: 'change', entity: 'person', label: `person.${field}: ${label(e)}`, field, before: label(e), after: null })),
  ];
}

/**
 * Everything that differs between a workspace and the result of an import,
 * field by field, for the preview. Profiles and posts are paired by id, so a
 * merge must keep the ids of the profiles it updates.
 */
export function diffWorkspaces(before: Workspace, after: Workspace, networkLabel: (id: string) => string): ImportChange[] {
  const changes: ImportChange[] = [];
  changes.push(...fieldChanges(before, after, 'workspace', (f) => `workspace.${f}`,
    ['id', 'createdAt', 'updatedAt', 'person', 'profiles', 'posts', 'dismissals', 'scoreHistory']));
  changes.push(...fieldChanges<Person>(before.person, after.person, 'person', (f) => `person.${f}`, CAREER_LIST_NAMES));
  changes.push(
    ...listChanges('education', before.person.education, after.person.education, sameEducation, educationLabel),
    ...listChanges('certifications', before.person.certifications, after.person.certifications, sameCertification, certificationLabel),
  );

  const oldProfiles = new Map(before.profiles.map((p) => [p.id, p]));
  const newIds = new Set(after.profiles.map((p) => p.id));
  for (const profile of after.profiles) {
    const label = profileLabel(profile, networkLabel);
    const old = oldProfiles.get(profile.id);
    if (!old) changes.push({ kind: 'add', entity: 'profile', label, field: null, before: null, after: profile.url || profile.handle || null });
    else changes.push(...fieldChanges<Profile>(old, profile, 'profile', () => label, ['id']));
  }
  for (const old of before.profiles.filter((p) => !newIds.has(p.id))) {
    changes.push({ kind: 'change', entity: 'profile', label: profileLabel(old, networkLabel), field: null, before: old.url || old.handle || old.id, after: null });
  }

  const oldPosts = new Map(before.posts.map((p) => [p.id, p]));
  const newPosts = new Set(after.posts.map((p) => p.id));
  for (const post of after.posts) {
    const old = oldPosts.get(post.id);
    if (!old) changes.push({ kind: 'add', entity: 'post', label: postLabel(post), field: null, before: null, after: post.status });
    else changes.push(...fieldChanges<Post>(old, post, 'post', () => postLabel(post), ['id']));
  }
  for (const post of before.posts.filter((p) => !newPosts.has(p.id))) {
    changes.push({ kind: 'change', entity: 'post', label: postLabel(post), field: null, before: post.status, after: null });
  }
  return changes;
}
