import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { markSlotDone, planStatus, rescheduleSlot, skipSlot } from '../../../shared/domain/plan/adherence';
import { parseLeadTime, planToIcs, slotUid } from '../../../shared/domain/plan/ics';
import { planSlots } from '../../../shared/domain/plan/slots';
import type { Workspace } from '../../../shared/schema/workspace';
import { counterIds, profileWith, workspaceWith } from './helpers';

const MON = { weekStartsOn: 1 } as const;
const NOW = new Date('2024-03-20T12:00:00Z');
const li = profileWith(
  { count: 1, weekdays: [], timeWindows: [{ start: '09:00', end: '10:00' }], startDate: '2024-03-01' },
  { theme: { title: 'Pharmacie clinique', keywords: ['pharmacie', 'officine', 'santé'], audience: 'Pharmaciens', tone: 'Pédagogique', goal: 'Visibilité' } },
);
const ws: Workspace = workspaceWith({ profiles: [li] });
const range = { from: '2024-03-18', to: '2024-04-07' }; // three weeks around the DST change of 31 March

interface Parsed { uid: string; summary: string; start: string; status: string; sequence: number; description: string }

function parse(ics: string): Parsed[] {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return cal.getAllSubcomponents('vevent').map((c) => {
    const e = new ICAL.Event(c);
    return {
      uid: e.uid, summary: e.summary, start: e.startDate.toJSDate().toISOString(),
      status: String(c.getFirstPropertyValue('status')), sequence: e.sequence, description: e.description ?? '',
    };
  });
}

function exportIcs(w: Workspace, now = NOW, lang: 'fr' | 'en' = 'fr'): Parsed[] {
  const out = planToIcs(w, planStatus(w, range, now, MON).slots, { lang, now });
  if (!out.ok) throw new Error(out.message);
  return parse(out.ics);
}

describe('planToIcs', () => {
  it('round-trips through an independent parser with correct times across DST', () => {
    const events = exportIcs(ws);
    expect(events.map((e) => e.start)).toEqual(['2024-03-21T08:00:00.000Z', '2024-03-28T08:00:00.000Z', '2024-04-04T07:00:00.000Z']);
    expect(events[0]).toMatchObject({ summary: 'LinkedIn — publication (Pharmacie clinique)', status: 'CONFIRMED' });
    expect(events[0]?.description).toContain('Mots-clés: pharmacie, officine, santé');
    expect(exportIcs(ws, NOW, 'en')[0]?.summary).toBe('LinkedIn — post (Pharmacie clinique)');
  });

  it('keeps UIDs stable across exports and raises SEQUENCE so a re-import updates', () => {
    const first = exportIcs(ws);
    const later = exportIcs(ws, new Date('2024-03-21T12:00:00Z'));
    expect(later.map((e) => e.uid)).toEqual(first.map((e) => e.uid));
    expect(new Set(first.map((e) => e.uid)).size).toBe(3);
    expect(first[0]?.uid).toBe(slotUid('ws-test', 'p-li:2024-03-21:0'));
    expect(first[0]?.uid).toMatch(/^vitrine-[0-9a-f]{16}@vitrine\.local$/);
    expect(later[0]!.sequence).toBeGreaterThan(first[0]!.sequence);
    expect(slotUid('other-ws', 'p-li:2024-03-21:0')).not.toBe(first[0]?.uid);
  });

  it('marks done slots, moves rescheduled ones and cancels skipped ones under the same UID', () => {
    const slots = planSlots(ws.profiles, range, MON).slots;
    const [a, b, c] = slots;
    if (!a || !b || !c) throw new Error('3 slots expected');
    let w = markSlotDone(ws, a, NOW, counterIds('d'));
    const moved = rescheduleSlot(w, b, '2024-03-29T16:00:00+01:00', counterIds('r'));
    if (!moved.ok) throw new Error(moved.error.en);
    w = skipSlot(moved.workspace, c, counterIds('s'));
    const events = exportIcs(w);
    expect(events.map((e) => [e.uid, e.summary.startsWith('✓'), e.start, e.status])).toEqual([
      [slotUid('ws-test', a.key), true, '2024-03-21T08:00:00.000Z', 'CONFIRMED'],
      [slotUid('ws-test', b.key), false, '2024-03-29T15:00:00.000Z', 'CONFIRMED'],
      [slotUid('ws-test', c.key), false, '2024-04-04T07:00:00.000Z', 'CANCELLED'],
    ]);
  });

  it('exports an empty plan and refuses an invalid export date with a message', () => {
    const empty = planToIcs(ws, [], { lang: 'en', now: NOW });
    expect(empty.ok).toBe(true);
    if (empty.ok) expect(parse(empty.ics)).toEqual([]);
    expect(planToIcs(ws, [], { lang: 'fr', now: new Date('nope') })).toEqual({ ok: false, message: 'Date d’export invalide.' });
  });

  it('folds every line at 75 octets without splitting a multi-byte character, and ical.js reads the text back whole', () => {
    const goal = 'Être reconnue comme la pharmacienne référente en éducation thérapeutique à Lyon 💊🩺 — « santé », œuvre, naïveté, 日本語のテキスト, ' + 'é'.repeat(40);
    const long = profileWith(
      { count: 1, weekdays: [], timeWindows: [{ start: '09:00', end: '10:00' }], startDate: '2024-03-01' },
      { theme: { title: 'Éducation thérapeutique', keywords: ['éducation', 'thérapeutique', 'officine'], audience: 'Patients âgés', tone: 'Chaleureux', goal } },
    );
    const w = workspaceWith({ profiles: [long] });
    const out = planToIcs(w, planStatus(w, range, NOW, MON).slots, { lang: 'fr', now: NOW });
    if (!out.ok) throw new Error(out.message);
    const bytes = Buffer.from(out.ics, 'utf8');
    const lines: Buffer[] = [];
    for (let start = 0, i = 0; i <= bytes.length - 2; i++) {
      if (bytes[i] === 13 && bytes[i + 1] === 10) {
        lines.push(bytes.subarray(start, i));
        start = i + 2;
      }
    }
    expect(lines.some((l) => l.length === 75)).toBe(true);
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(75);
      // Each physical line is valid UTF-8 on its own: no character was cut in two.
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(line)).not.toThrow();
    }
    expect(parse(out.ics)[0]?.description).toContain(`Objectif: ${goal}`);
  });

  it('carries a DISPLAY alarm before each planned slot when asked, read back by ical.js', () => {
    const slots = planSlots(ws.profiles, range, MON).slots;
    const w = markSlotDone(ws, slots[0]!, NOW, counterIds('d'));
    const out = planToIcs(w, planStatus(w, range, NOW, MON).slots, { lang: 'fr', now: NOW, alarmMinutes: 15 });
    if (!out.ok) throw new Error(out.message);
    const events = new ICAL.Component(ICAL.parse(out.ics)).getAllSubcomponents('vevent');
    const alarms = events.map((e) => e.getAllSubcomponents('valarm').map((a) => {
      const trigger = a.getFirstPropertyValue('trigger') as ICAL.Duration;
      return { action: a.getFirstPropertyValue('action'), before: trigger.isNegative, seconds: trigger.toSeconds(), description: a.getFirstPropertyValue('description') };
    }));
    // The done slot does not ring; the two still to come do, 15 minutes before.
    expect(alarms[0]).toEqual([]);
    expect(alarms[1]).toEqual([{ action: 'DISPLAY', before: true, seconds: -900, description: 'LinkedIn : publier sur « Pharmacie clinique »' }]);
    expect(alarms[2]).toHaveLength(1);
    const none = planToIcs(ws, planStatus(ws, range, NOW, MON).slots, { lang: 'en', now: NOW });
    expect(none.ok && none.ics.includes('VALARM')).toBe(false);
  });

  it('refuses an alarm lead outside 0 minutes to a week', () => {
    expect(planToIcs(ws, [], { lang: 'en', now: NOW, alarmMinutes: -5 }).ok).toBe(false);
    expect(planToIcs(ws, [], { lang: 'en', now: NOW, alarmMinutes: 1.5 }).ok).toBe(false);
  });
});

describe('parseLeadTime', () => {
  it('reads minutes, hours and days and refuses the rest', () => {
    expect(['15m', '15', '1h', '1h30m', '2d', ' 45 min ', '0m'].map(parseLeadTime)).toEqual([15, 15, 60, 90, 2880, 45, 0]);
    expect(['', 'm', '15s', '-5m', '8d', 'soon', '1.5h'].map(parseLeadTime)).toEqual([null, null, null, null, null, null, null]);
  });
});
