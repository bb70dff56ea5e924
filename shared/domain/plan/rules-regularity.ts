/**
 * Rhythm rules: dormant, over-posting, burst, promo-ratio-high.
 *
 * Thresholds and their sources:
 * - Limits per day/week: the cadence's own maxPerDay/maxPerWeek, else the
 *   network catalog's posting range (each entry cites its source, e.g. at
 *   most one post a day on LinkedIn), else FALLBACK_LIMITS below.
 * - dormant: no post for more than twice the planned interval (Vitrine
 *   editorial default: one missed post is life, two in a row is a habit).
 * - burst: 3 posts within 2 hours on one network (Vitrine editorial default;
 *   feeds space out consecutive posts of one author, so a burst's later posts
 *   are mostly unseen).
 * - promo-ratio-high: over 30 % promotional posts in the last 30 days, from
 *   5 posts up: between the 80/20 rule (20 %) and Hootsuite's "social media
 *   rule of thirds" (one third promotional), without firing on tiny samples.
 */
import type { Finding } from '../../schema/finding';
import type { Profile } from '../../schema/workspace';
import { dayToUtcMs, parseDay, startOfWeekDay } from './calendar';
import { isPlannable, plannedIntervalDays } from './cadence';
import { DAY_MS, makeFinding, num, ownerLabel, ownerSubject, publishedBetween, RECENT_DAYS, type DatedPost, type PlanCheck } from './plan-check';
import { PLAN_RULES } from './plan-rules';
import { zoneClock } from './zoned';
import { dayInWords } from '../dates/local-date';

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

function pausedDaysBetween(profile: Profile, fromDay: number, toDay: number): number {
  let n = 0;
  for (const p of profile.cadence?.pauses ?? []) {
    const s = Math.max(parseDay(p.start) ?? Infinity, fromDay);
    const e = Math.min(parseDay(p.end) ?? -Infinity, toDay);
    if (e >= s) n += e - s + 1;
  }
  return n;
}

export function dormantFindings(check: PlanCheck): Finding[] {
  const out: Finding[] = [];
  for (const profile of check.active) {
    const c = profile.cadence;
    if (!c || !isPlannable(c)) continue;
    const startMs = dayToUtcMs(parseDay(c.startDate) as number);
    const endMs = c.endDate === null ? Infinity : dayToUtcMs((parseDay(c.endDate) as number) + 1);
    if (check.now < startMs || check.now > endMs) continue;
    const last = publishedBetween(check, profile.id, -Infinity, check.now).at(-1);
    const since = Math.max(last?.ms ?? -Infinity, startMs);
    const nowDay = Math.floor(check.now / DAY_MS);
    const sinceDay = Math.floor(since / DAY_MS);
    const gapDays = (check.now - since) / DAY_MS - pausedDaysBetween(profile, sinceDay, nowDay);
    const interval = plannedIntervalDays(c);
    if (gapDays <= 2 * interval) continue;
    const days = Math.floor(gapDays);
    const who = ownerLabel(check, profile.id, profile.network);
    const every = num(interval);
    out.push(makeFinding(PLAN_RULES.dormant, { profileId: profile.id, network: profile.network }, last
      ? { fr: `${who.fr} : aucune publication depuis ${days} jours (prévu : une tous les ${every.fr} jours).`, en: `${who.en}: no post for ${days} days (planned: one every ${every.en} days).` }
      : { fr: `${who.fr} : aucune publication depuis le début du plan il y a ${days} jours (prévu : une tous les ${every.fr} jours).`, en: `${who.en}: no post since the plan started ${days} days ago (planned: one every ${every.en} days).` }));
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
    return p ? p.status === 'active' : true;
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
      const date = dayInWords(new Date(dayToUtcMs(day.key)).toISOString());
      out.push(makeFinding(PLAN_RULES.overPosting, ownerSubject(check, owner, network, 'day'), {
        fr: `${who.fr} : ${day.count} publications le ${date.fr}, au-delà du maximum de ${limits.maxPerDay} par jour.`,
        en: `${who.en}: ${day.count} posts on ${date.en}, above the maximum of ${limits.maxPerDay} a day.`,
      }));
    }
    const week = busiest(days.map((d) => startOfWeekDay(d, check.weekStartsOn)));
    if (week.count > limits.maxPerWeek) {
      const date = dayInWords(new Date(dayToUtcMs(week.key)).toISOString());
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
      fr: `${who.fr} : ${latest.length} publications en ${minutes} minutes (${dayInWords(head.post.date).fr}).`,
      en: `${who.en}: ${latest.length} posts within ${minutes} minutes (${dayInWords(head.post.date).en}).`,
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
