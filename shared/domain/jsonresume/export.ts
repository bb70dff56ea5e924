import type { Workspace } from '../../schema/workspace';
import { isWebOrMailAddress } from '../external-link';
import { networkForWorkspace, type NetworkRegistry } from '../networks/registry';

export const JSON_RESUME_SCHEMA_URL = 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';

const omitEmpty = (entries: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== ''));

/** An address as written, or '' (then omitted) unless it is http(s) or mailto: javascript:, data:, file:… never leave Vitrine. */
const address = (url: string): string => (isWebOrMailAddress(url) ? url : '');

/**
 * The workspace as a JSON Resume v1 document, for other résumé tools. Only
 * profiles that exist and are meant to be seen professionally are listed
 * (not "to-create", not personal accounts). JSON Resume has one site (`url`)
 * and one picture for the person (no per-profile photo), so extra websites and profile details are not carried.
 * Every address kept is http(s) or mailto.
 */
export function exportJsonResume(ws: Workspace, registry: NetworkRegistry = networkForWorkspace(ws)): Record<string, unknown> {
  const { person } = ws;
  const profiles = ws.profiles
    .filter((p) => p.status !== 'to-create' && p.audience === 'professional' && (p.url !== '' || p.handle !== ''))
    .map((p) => omitEmpty({ network: registry.get(p.network)?.label ?? p.network, username: p.handle, url: address(p.url) }));
  return {
    $schema: JSON_RESUME_SCHEMA_URL,
    basics: {
      ...omitEmpty({ name: person.displayName, label: person.headline, image: address(person.image), url: person.websites.find(isWebOrMailAddress) ?? '', summary: person.summary }),
      // Vitrine keeps the location as one line; `address` is JSON Resume's free-form field for it.
      ...(person.location ? { location: { address: person.location } } : {}),
      profiles,
    },
    work: person.positions.map((p) => omitEmpty({ name: p.company, position: p.title, startDate: p.start, endDate: p.end, summary: p.description })),
    education: person.education.map((e) => omitEmpty({ institution: e.institution, area: e.area, studyType: e.studyType, startDate: e.startDate, endDate: e.endDate })),
    certificates: person.certifications.map((c) => omitEmpty({ name: c.name, issuer: c.issuer, date: c.date, url: address(c.url) })),
    skills: person.skills.map((name) => ({ name })),
    languages: person.languages.map((language) => ({ language })),
  };
}
