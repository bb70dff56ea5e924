/**
 * Cadence defaults (from the network catalog) and validation.
 *
 * Decisions:
 * - Fewer preferred weekdays than posts per week is allowed: the extra posts
 *   share a day (slots.ts numbers them :0, :1 …). It becomes an error only
 *   when that would exceed the cadence's own maxPerDay.
 * - An end date before the start date is an error; equal dates are one day.
 * - A time window must end after it starts (no window across midnight).
 */
import type { NetworkDefinition } from '../../schema/network';
import type { Localized } from '../../schema/text';
import type { Cadence } from '../../schema/workspace';
import { parseClock, parseDay } from './calendar';
import { isValidTimeZone } from './zoned';

/** Average month length, so "per month" intervals compare with "per week" ones. */
const DAYS_PER_MONTH = 365.2425 / 12;

/** Used when a network's catalog entry has no posting range. */
const FALLBACK_SOURCE = 'Vitrine editorial default: one post a week when the network gives no range';

/** Weekdays Monday–Friday: professional audiences read at work. */
const WORKING_DAYS = [1, 2, 3, 4, 5];

/**
 * Vitrine editorial default: first thing in the working morning. Published
 * "best time" studies disagree (Sprout Social and Hootsuite both put
 * LinkedIn's best slots on weekday mornings), so we keep one plain window.
 */
const MORNING = { start: '09:00', end: '11:00' };

/** The starting cadence for a new profile on `network`, with where its numbers come from. */
export function defaultCadence(network: NetworkDefinition, startDate: string, timeZone: string): Cadence & { source: string } {
  const posting = network.posting;
  const minPerWeek = posting?.minPerWeek ?? 1;
  // Below one a week (or zero, for networks that are mostly a CV) we plan monthly.
  const weekly = minPerWeek >= 1;
  const count = weekly ? Math.round(minPerWeek) : Math.max(1, Math.round((minPerWeek * DAYS_PER_MONTH) / 7));
  return {
    count,
    per: weekly ? 'week' : 'month',
    weekdays: network.kind === 'personal' ? [] : [...WORKING_DAYS],
    timeWindows: [{ ...MORNING }],
    timeZone,
    pauses: [],
    startDate,
    endDate: null,
    ...(posting ? { maxPerDay: posting.maxPerDay, maxPerWeek: posting.maxPerWeek } : {}),
    source: posting?.source ?? FALLBACK_SOURCE,
  };
}

/** Days between two planned posts, on average. */
export function plannedIntervalDays(cadence: Cadence): number {
  return (cadence.per === 'week' ? 7 : DAYS_PER_MONTH) / cadence.count;
}

export interface CadenceProblem {
  level: 'error' | 'warning';
  /** Field path inside the cadence, e.g. "timeWindows[1].end". */
  field: string;
  message: Localized;
}

const err = (field: string, fr: string, en: string): CadenceProblem => ({ level: 'error', field, message: { fr, en } });

function dateProblems(c: Cadence): CadenceProblem[] {
  const out: CadenceProblem[] = [];
  const start = parseDay(c.startDate);
  if (start === null) out.push(err('startDate', `Date de début invalide : « ${c.startDate} » (attendu AAAA-MM-JJ).`, `Invalid start date: "${c.startDate}" (expected YYYY-MM-DD).`));
  if (c.endDate !== null) {
    const end = parseDay(c.endDate);
    if (end === null) out.push(err('endDate', `Date de fin invalide : « ${c.endDate} » (attendu AAAA-MM-JJ).`, `Invalid end date: "${c.endDate}" (expected YYYY-MM-DD).`));
    else if (start !== null && end < start) out.push(err('endDate', `La date de fin (${c.endDate}) est avant la date de début (${c.startDate}).`, `The end date (${c.endDate}) is before the start date (${c.startDate}).`));
  }
  c.pauses.forEach((p, i) => {
    const ps = parseDay(p.start);
    const pe = parseDay(p.end);
    if (ps === null || pe === null) out.push(err(`pauses[${i}]`, `Pause ${i + 1} : dates invalides (${p.start} → ${p.end}).`, `Pause ${i + 1}: invalid dates (${p.start} → ${p.end}).`));
    else if (pe < ps) out.push(err(`pauses[${i}].end`, `Pause ${i + 1} : la fin (${p.end}) est avant le début (${p.start}).`, `Pause ${i + 1}: the end (${p.end}) is before the start (${p.start}).`));
  });
  return out;
}

function windowProblems(c: Cadence): CadenceProblem[] {
  const out: CadenceProblem[] = [];
  c.timeWindows.forEach((w, i) => {
    const s = parseClock(w.start);
    const e = parseClock(w.end);
    if (s === null) out.push(err(`timeWindows[${i}].start`, `Créneau ${i + 1} : heure de début invalide « ${w.start} » (HH:MM, 00:00–23:59).`, `Time window ${i + 1}: invalid start "${w.start}" (HH:MM, 00:00–23:59).`));
    if (e === null) out.push(err(`timeWindows[${i}].end`, `Créneau ${i + 1} : heure de fin invalide « ${w.end} » (HH:MM, 00:00–23:59).`, `Time window ${i + 1}: invalid end "${w.end}" (HH:MM, 00:00–23:59).`));
    if (s !== null && e !== null && e <= s) out.push(err(`timeWindows[${i}].end`, `Créneau ${i + 1} : la fin (${w.end}) doit être après le début (${w.start}).`, `Time window ${i + 1}: the end (${w.end}) must be after the start (${w.start}).`));
  });
  return out;
}

function loadProblems(c: Cadence): CadenceProblem[] {
  const out: CadenceProblem[] = [];
  if (c.per !== 'week') return out;
  const days = new Set(c.weekdays).size || 7;
  if (c.maxPerDay !== undefined && c.count > days * c.maxPerDay) {
    out.push(err('count', `${c.count} publications par semaine sur ${days} ${days > 1 ? 'jours' : 'jour'} dépassent le maximum de ${c.maxPerDay} par jour.`, `${c.count} posts a week on ${days} ${days === 1 ? 'day' : 'days'} exceed the maximum of ${c.maxPerDay} a day.`));
  }
  if (c.maxPerWeek !== undefined && c.count > c.maxPerWeek) {
    out.push({ level: 'warning', field: 'count', message: { fr: `${c.count} publications par semaine dépassent le maximum conseillé (${c.maxPerWeek}).`, en: `${c.count} posts a week exceed the advised maximum (${c.maxPerWeek}).` } });
  }
  return out;
}

/** Everything wrong with a cadence, each with the field to fix; empty when valid. */
export function cadenceProblems(c: Cadence): CadenceProblem[] {
  const out = [...dateProblems(c), ...windowProblems(c), ...loadProblems(c)];
  if (!isValidTimeZone(c.timeZone)) {
    out.push(err('timeZone', `Fuseau horaire inconnu : « ${c.timeZone} » (ex. Europe/Paris).`, `Unknown time zone: "${c.timeZone}" (e.g. Europe/Paris).`));
  }
  return out;
}

/** True when slots can be generated from this cadence (warnings allowed). */
export function isPlannable(c: Cadence): boolean {
  return cadenceProblems(c).every((p) => p.level !== 'error');
}
