/**
 * Rhythm rules: dormant, over-posting, burst, promo-ratio-high.
 *
 * Thresholds and their sources:
 * - Limits per day/week: the cadence's own maxPerDay/maxPerWeek, else the
 *   network catalog's posting range (each entry cites its source, e.g. at
 *   most one post a day on LinkedIn), else FALLBACK_LIMITS below.
 * - dormant, with a cadence: more than two planned posts missed in a row, counted
 *   on the cadence's weekdays and windows (a Monday-to-Friday poster is not
 *   dormant on Monday morning), pauses excepted (Vitrine editorial default: one
 *   missed post is life, two in a row is a habit).
 * - dormant, without a cadence: judged from the posting history against the
 *   network's usual minimum (see historyDormancy).
 * - burst: 3 posts within 2 hours on one network (Vitrine editorial default;
 *   feeds space out consecutive posts of one author, so a burst's later posts
 *   are mostly unseen).
 * - promo-ratio-high: over 30 % promotional posts in the last 30 days, from
 *   5 posts up: between the 80/20 rule (20 %) and Hootsuite's "social media
 *   rule of thirds" (one third promotional), without firing on tiny samples.
 */
import type { Finding } from '../../schema/finding';
import type { Cadence, Profile } from '../../schema/workspace';
import { dayInWords } from '../audit/dates';
import { closeIfSilent } from '../networks/catalog';
import { excerpt, fold, jaccard, shingles } from '../audit/text';
import { dayToUtcMs, formatDay, parseClock, parseDay, startOfWeekDay, weekdayOf } from './calendar';
import { isPlannable, plannedIntervalDays } from './cadence';
import { DAY_MS, isJudged, makeFinding, num, ownerLabel, ownerSubject, publishedBetween, RECENT_DAYS, type DatedPost, type PlanCheck } from './plan-check';
import { PLAN_RULES } from './plan-rules';
import { zoneClock } from './zoned';

/**
 * For networks the catalog gives no range for: Vitrine editorial default,
 * the upper end of Hootsuite's "How often to post on social media" (2024)
 * advice for the busiest professional feeds, 2 a day.
 */
const FALLBACK_LIMITS = { maxPerDay: 2, maxPerWeek: 14 };
const BURST_COUNT = 3;
const BURST_WINDOW_MS = 2 * 3_600_000;
const PROMO_SHARE = 0.3;
const PROMO_MIN_POSTS = 5;

function isPaused(profile: Profile, day: number): boolean {
  return (profile.cadence?.pauses ?? []).some((p) => day >= (parseDay(p.start) ?? Infinity) && day <= (parseDay(p.end) ?? -Infinity));
}

/**
 * How much of the planned posting time has gone by between two instants, in
 * planned days: each planned weekday counts 1 (pauses 0); the day of the last
 * post counts for nothing; today counts for the part of its windows already
 * past (all of it after the last window, nothing before the first), or for
 * the part of the day gone by when the cadence has no window.
 */
function plannedDaysBetween(profile: Profile, c: Cadence, fromMs: number, toMs: number): number {
  const clock = zoneClock(c.timeZone, fromMs, toMs);
  const from = clock.toLocal(fromMs);
  const to = clock.toLocal(toMs);
  const planned = (day: number) => (c.weekdays.length === 0 || c.weekdays.includes(weekdayOf(day))) && !isPaused(profile, day);
  let n = 0;
  for (let day = from.day + 1; day < to.day; day++) if (planned(day)) n++;
  if (to.day > from.day && planned(to.day)) n += todayShare(c, to.minutes);
  return n;
}

function todayShare(c: Cadence, minutes: number): number {
  const windows = c.timeWindows.map((w) => [parseClock(w.start) ?? 0, parseClock(w.end) ?? 0] as const).filter(([s, e]) => e > s);
  if (windows.length === 0) return minutes / 1440;
  const total = windows.reduce((sum, [s, e]) => sum + e - s, 0);
  const past = windows.reduce((sum, [s, e]) => sum + Math.min(Math.max(minutes - s, 0), e - s), 0);
  return past / total;
}

/** Planned posts per planned day: the cadence's count spread over its weekdays. */
function postsPerPlannedDay(c: Cadence): number {
  const days = new Set(c.weekdays).size || 7;
  return c.per === 'week' ? c.count / days : c.count / ((days * 365.2425) / 12 / 7);
}

/** More than this many planned posts missed in a row is dormancy (one missed post is life, two in a row a habit). */
const MISSED_POSTS = 2;

/** Without a cadence: silent this long (or 4 of the network's intervals, if longer) is dormant. */
const SILENCE_DAYS = 28;
/** Without a cadence: the span of history judged for rarity, and the share of the network's minimum below which posting is too rare. */
const RARITY_WEEKS = 26;
const RARITY_SHARE = 0.25;
/** Rarity needs this much history to be judged. */
const RARITY_MIN_WEEKS = 4;

function cadenceDormancy(check: PlanCheck, profile: Profile, c: Cadence): Finding | null {
  const startMs = dayToUtcMs(parseDay(c.startDate) as number);
  const endMs = c.endDate === null ? Infinity : dayToUtcMs((parseDay(c.endDate) as number) + 1);
  if (check.now < startMs || check.now > endMs) return null;
  const last = publishedBetween(check, profile.id, -Infinity, check.now).at(-1);
  const since = Math.max(last?.ms ?? -Infinity, startMs);
  const missed = plannedDaysBetween(profile, c, since, check.now) * postsPerPlannedDay(c);
  if (missed <= MISSED_POSTS) return null;
  const days = Math.floor((check.now - since) / DAY_MS);
  const who = ownerLabel(check, profile.id, profile.network);
  const every = num(plannedIntervalDays(c));
  return makeFinding(PLAN_RULES.dormant, { profileId: profile.id, network: profile.network }, last
    ? { fr: `${who.fr} : aucune publication depuis ${days} jours (prévu : une tous les ${every.fr} jours).`, en: `${who.en}: no post for ${days} days (planned: one every ${every.en} days).` }
    : { fr: `${who.fr} : aucune publication depuis le début du plan il y a ${days} jours (prévu : une tous les ${every.fr} jours).`, en: `${who.en}: no post since the plan started ${days} days ago (planned: one every ${every.en} days).` });
}

/**
 * Without a cadence, dormancy is judged from what was really posted, against the
 * network's usual minimum (catalog `posting.minPerWeek`): silent for four weeks
 * or more, or posting under a quarter of that minimum over the last six months.
 * A profile with no post recorded is not judged: nothing seen is not nothing posted.
 */
function historyDormancy(check: PlanCheck, profile: Profile): Finding | null {
  const network = check.registry.get(profile.network);
  const min = network?.posting?.minPerWeek ?? 0;
  if (!network || min <= 0) return null;
  const posts = publishedBetween(check, profile.id, -Infinity, check.now);
  const first = posts[0];
  const last = posts.at(-1);
  if (!first || !last) return null;
  const who = ownerLabel(check, profile.id, profile.network);
  const advice = closeIfSilent(network)
    ? { fr: `un compte sur ${network.label} ne vaut la peine que si vous y publiez régulièrement : publiez au moins ${timesAWeek(min).fr}, ou fermez-le`, en: `an account on ${network.label} is only worth having if you post regularly: post at least ${timesAWeek(min).en}, or close it` }
    : { fr: `visez au moins ${perWeek(min).fr} sur ${network.label}`, en: `aim for at least ${perWeek(min).en} on ${network.label}` };
  const silentDays = Math.floor((check.now - last.ms) / DAY_MS);
  if (silentDays >= Math.max(SILENCE_DAYS, (4 * 7) / min)) {
    const day = dayInWords(last.post.date);
    return makeFinding(PLAN_RULES.dormant, { profileId: profile.id, network: profile.network }, {
      fr: `${who.fr} : aucune publication depuis le ${day.fr} ; ${advice.fr}.`,
      en: `${who.en}: no post since ${day.en}; ${advice.en}.`,
    });
  }
  const weeks = Math.min(RARITY_WEEKS, (check.now - first.ms) / (7 * DAY_MS));
  if (weeks < RARITY_MIN_WEEKS) return null;
  const recent = posts.filter((d) => d.ms >= check.now - weeks * 7 * DAY_MS).length;
  if (recent >= RARITY_SHARE * min * weeks) return null;
  const months = Math.round(weeks / 4.35);
  return makeFinding(PLAN_RULES.dormant, { profileId: profile.id, network: profile.network }, {
    fr: `${who.fr} : ${recent} publication${recent > 1 ? 's' : ''} en ${months} mois ; ${advice.fr}.`,
    en: `${who.en}: ${recent} post${recent === 1 ? '' : 's'} in ${months} months; ${advice.en}.`,
  });
}

function timesAWeek(n: number): { fr: string; en: string } {
  return n === 1 ? { fr: 'une fois par semaine', en: 'once a week' } : { fr: `${num(n).fr} fois par semaine`, en: `${num(n).en} times a week` };
}

function perWeek(n: number): { fr: string; en: string } {
  return n === 1 ? { fr: 'une publication par semaine', en: 'one post a week' } : { fr: `${num(n).fr} publications par semaine`, en: `${num(n).en} posts a week` };
}

export function dormantFindings(check: PlanCheck): Finding[] {
  const out: Finding[] = [];
  for (const profile of check.judged) {
    const c = profile.cadence;
    const f = c ? (isPlannable(c) ? cadenceDormancy(check, profile, c) : null) : historyDormancy(check, profile);
    if (f) out.push(f);
  }
  return out;
}

function limitsFor(check: PlanCheck, owner: string, network: string): { maxPerDay: number; maxPerWeek: number } {
  const cadence = check.ownerProfile.get(owner)?.cadence;
  const posting = check.registry.get(network)?.posting;
  return {
    maxPerDay: cadence?.maxPerDay ?? posting?.maxPerDay ?? FALLBACK_LIMITS.maxPerDay,
    maxPerWeek: cadence?.maxPerWeek ?? posting?.maxPerWeek ?? FALLBACK_LIMITS.maxPerWeek,
  };
}

/** The most posts falling on one key (a day or a week number), with that key. */
function busiest(keys: number[]): { key: number; count: number } {
  const counts = new Map<number, number>();
  let best = { key: 0, count: 0 };
  for (const k of keys) {
    const n = (counts.get(k) ?? 0) + 1;
    counts.set(k, n);
    if (n > best.count) best = { key: k, count: n };
  }
  return best;
}

/** Owners the rules judge: active profiles and networks with no profile; never closed or dormant ones. */
function judgedOwners(check: PlanCheck): [string, DatedPost[]][] {
  return [...check.postsByOwner.entries()].filter(([owner]) => {
    const p = check.ownerProfile.get(owner);
    return p ? isJudged(p, check.registry) : true;
  });
}

export function overPostingFindings(check: PlanCheck): Finding[] {
  const out: Finding[] = [];
  const from = check.now - RECENT_DAYS * DAY_MS;
  for (const [owner] of judgedOwners(check)) {
    const recent = publishedBetween(check, owner, from, check.now);
    const first = recent[0];
    if (!first) continue;
    const network = first.post.network;
    const profile = check.ownerProfile.get(owner);
    // Days and weeks are those of the cadence's zone; UTC without a cadence.
    const clock = zoneClock(profile?.cadence?.timeZone ?? 'UTC', from, check.now);
    const days = recent.map((d) => clock.toLocal(d.ms).day);
    const limits = limitsFor(check, owner, network);
    const who = ownerLabel(check, owner, network);
    const day = busiest(days);
    if (day.count > limits.maxPerDay) {
      const date = dayInWords(formatDay(day.key));
      out.push(makeFinding(PLAN_RULES.overPosting, ownerSubject(check, owner, network, 'day'), {
        fr: `${who.fr} : ${day.count} publications le ${date.fr}, au-delà du maximum de ${limits.maxPerDay} par jour.`,
        en: `${who.en}: ${day.count} posts on ${date.en}, above the maximum of ${limits.maxPerDay} a day.`,
      }));
    }
    const week = busiest(days.map((d) => startOfWeekDay(d, check.weekStartsOn)));
    if (week.count > limits.maxPerWeek) {
      const date = dayInWords(formatDay(week.key));
      out.push(makeFinding(PLAN_RULES.overPosting, ownerSubject(check, owner, network, 'week'), {
        fr: `${who.fr} : ${week.count} publications la semaine du ${date.fr}, au-delà du maximum de ${limits.maxPerWeek} par semaine.`,
        en: `${who.en}: ${week.count} posts in the week of ${date.en}, above the maximum of ${limits.maxPerWeek} a week.`,
      }));
    }
  }
  return out;
}

export function burstFindings(check: PlanCheck): Finding[] {
  const out: Finding[] = [];
  const from = check.now - RECENT_DAYS * DAY_MS;
  for (const [owner] of judgedOwners(check)) {
    const recent = publishedBetween(check, owner, from, check.now);
    let latest: DatedPost[] | null = null;
    for (let i = 0, j = 0; j < recent.length; j++) {
      while ((recent[j] as DatedPost).ms - (recent[i] as DatedPost).ms > BURST_WINDOW_MS) i++;
      if (j - i + 1 >= BURST_COUNT) latest = recent.slice(i, j + 1);
    }
    const head = latest?.[0];
    if (!latest || !head) continue;
    const network = head.post.network;
    const who = ownerLabel(check, owner, network);
    const minutes = Math.round(((latest.at(-1) as DatedPost).ms - head.ms) / 60_000);
    out.push(makeFinding(PLAN_RULES.burst, ownerSubject(check, owner, network, head.post.id), {
      fr: `${who.fr} : ${latest.length} publications en ${minutes} minutes (le ${dayInWords(head.post.date).fr}).`,
      en: `${who.en}: ${latest.length} posts within ${minutes} minutes (on ${dayInWords(head.post.date).en}).`,
    }));
  }
  return out;
}

export function promoRatioFindings(check: PlanCheck): Finding[] {
  const out: Finding[] = [];
  const from = check.now - RECENT_DAYS * DAY_MS;
  for (const [owner] of judgedOwners(check)) {
    const recent = publishedBetween(check, owner, from, check.now);
    const first = recent[0];
    if (!first || recent.length < PROMO_MIN_POSTS) continue;
    const promo = recent.filter((d) => d.post.promotional).length;
    if (promo / recent.length <= PROMO_SHARE) continue;
    const pct = Math.round((100 * promo) / recent.length);
    const who = ownerLabel(check, owner, first.post.network);
    out.push(makeFinding(PLAN_RULES.promoRatio, ownerSubject(check, owner, first.post.network), {
      fr: `${who.fr} : ${promo} publications promotionnelles sur ${recent.length} en 30 jours (${pct} %, au-delà de 30 %).`,
      en: `${who.en}: ${promo} promotional posts out of ${recent.length} in 30 days (${pct}%, above 30%).`,
    }));
  }
  return out;
}

/** Posts of one profile compared for repetition: the last 90 days, texts of 40 characters or more. */
const REPEAT_DAYS = 90;
const REPEAT_MIN_CHARS = 40;
/** Word 3-shingle Jaccard from which two texts are "the same or nearly": a changed date or price still counts. */
const REPEAT_JACCARD = 0.6;
/** The same text this many times on one network is repetitive (twice may be a reminder). */
const REPEAT_MIN_POSTS = 3;

/**
 * repetitive-posts: the same or nearly the same text posted again and again on
 * one network. One finding per profile, about its most repeated text.
 */
export function repetitiveFindings(check: PlanCheck): Finding[] {
  const out: Finding[] = [];
  const from = check.now - REPEAT_DAYS * DAY_MS;
  for (const [owner] of judgedOwners(check)) {
    const posts = publishedBetween(check, owner, from, check.now)
      .filter((d) => fold(d.post.text).length >= REPEAT_MIN_CHARS)
      .map((d) => ({ ...d, shingles: shingles(d.post.text) }));
    let best: typeof posts = [];
    const grouped = new Set<number>();
    for (let i = 0; i < posts.length; i++) {
      if (grouped.has(i)) continue;
      const group = [posts[i]!];
      for (let j = i + 1; j < posts.length; j++) {
        if (!grouped.has(j) && jaccard(posts[i]!.shingles, posts[j]!.shingles) >= REPEAT_JACCARD) {
          grouped.add(j);
          group.push(posts[j]!);
        }
      }
      if (group.length > best.length) best = group;
    }
    const head = best[0];
    if (!head || best.length < REPEAT_MIN_POSTS) continue;
    const network = head.post.network;
    const who = ownerLabel(check, owner, network);
    const text = excerpt(head.post.text);
    const firstDay = dayInWords(head.post.date);
    out.push(makeFinding(PLAN_RULES.repetitive, ownerSubject(check, owner, network), {
      fr: `${who.fr} : le même texte publié ${best.length} fois depuis le ${firstDay.fr} (« ${text} »).`,
      en: `${who.en}: the same text posted ${best.length} times since ${firstDay.en} ("${text}").`,
    }));
  }
  return out;
}
