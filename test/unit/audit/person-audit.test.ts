import { describe, expect, it } from 'vitest';
import { auditResume, RESUME_SUMMARY_MIN } from '../../../shared/domain/audit/person-audit';
import type { z } from 'zod';
import { Person } from '../../../shared/schema/workspace';

type PersonInput = z.input<typeof Person>;

/** A résumé's person a coach finds nothing to say about; each test changes one thing. */
const SOUND: PersonInput = {
  displayName: 'Hélène Kervella',
  headline: 'Responsable de la communication interne',
  summary: 'J’aide les équipes d’entreprises de 200 à 2 000 personnes à se parler : journaux internes, réunions utiles, intranets qu’on ouvre vraiment.',
  location: 'Brest, France',
  image: 'https://helenekervella.example/photo.jpg',
  websites: ['https://helenekervella.example'],
  positions: [{ title: 'Responsable de la communication interne', company: 'Armor Industries', start: '2019-03', end: '', description: '' }],
};

const audit = (change: Partial<PersonInput> = {}) => auditResume(Person.parse({ ...SOUND, ...change }));
const codes = (change: Partial<PersonInput> = {}) => audit(change).map((f) => f.code);

describe('the audit of a résumé’s own content', () => {
  it('has nothing to say about a sound résumé', () => {
    expect(audit()).toEqual([]);
  });

  it('files every finding under no profile and scores none of them', () => {
    const found = audit({ displayName: '', headline: '', summary: '', image: '', websites: ['javascript:alert(1)'] });
    expect(found.map((f) => f.code)).toEqual(['resume-missing-name', 'resume-missing-label', 'resume-invalid-site', 'resume-missing-summary', 'resume-missing-picture']);
    for (const f of found) {
      expect(f).toMatchObject({ profileId: null, network: null, field: null, points: 0, subject: 'resume' });
      expect(f.message.fr).not.toBe('');
      expect(f.message.en).not.toBe('');
    }
    expect(new Set(found.map((f) => f.key)).size).toBe(found.length);
  });

  describe('name', () => {
    it('fires on a missing or blank name', () => {
      expect(codes({ displayName: '  ' })).toEqual(['resume-missing-name']);
    });
    it('fires on an initial, quoting the name', () => {
      const [f] = audit({ displayName: 'H. Kervella' });
      expect(f?.code).toBe('resume-name-shortened');
      expect(f?.message.fr).toBe('Le nom du CV, « H. Kervella », est abrégé.');
      expect(codes({ displayName: 'Hélène K.' })).toEqual(['resume-name-shortened']);
    });
    it('does not fire on full names, in any script, with particles or accents, nor on a single name (a mononym)', () => {
      for (const name of ['Hélène', 'Sukarno', 'Noa (Noémie) Ben David', 'Søren Łukasz Kowalczyk', '王小明', 'Layla Haddad ليلى حداد', 'Jean de La Fontaine']) {
        expect(codes({ displayName: name }), name).toEqual([]);
      }
    });
  });

  describe('function', () => {
    it('fires when the résumé gives no label', () => {
      const [f] = audit({ headline: '' });
      expect(f?.code).toBe('resume-missing-label');
      expect(f?.severity).toBe('error');
    });
    it('does not fire when it gives one', () => {
      expect(codes({ headline: 'Infirmière' })).toEqual([]);
    });
  });

  describe('summary', () => {
    it('fires on an empty summary', () => {
      expect(codes({ summary: '' })).toEqual(['resume-missing-summary']);
    });
    it('fires on a summary under the minimum, with its length', () => {
      const [f] = audit({ summary: 'Erfahrene Steuerfachangestellte.' });
      expect(f?.code).toBe('resume-summary-too-short');
      expect(f?.params).toEqual({ length: 32, min: RESUME_SUMMARY_MIN });
      expect(f?.message.fr).toBe(`L’accroche du CV ne fait que 32 caractères ; visez au moins ${RESUME_SUMMARY_MIN}.`);
    });
    it('counts characters as people do (code points), and passes at the minimum', () => {
      expect(codes({ summary: '😀'.repeat(RESUME_SUMMARY_MIN) })).toEqual([]);
      expect(codes({ summary: '😀'.repeat(RESUME_SUMMARY_MIN - 1) })).toEqual(['resume-summary-too-short']);
    });
    it('calls a pasted CV one (headers, dated lines, bullets), saying what it saw and never the detector’s score', () => {
      const found = audit({ summary: 'EXPÉRIENCE\n2019 – 2024 : Chef de projet, Banque Atlantique\n2014 – 2019 : Analyste, Assurances du Midi\n\nCOMPÉTENCES\n• SQL\n• Agile\n• Scrum' });
      expect(found.map((f) => f.code)).toEqual(['summary-looks-like-cv']);
      expect(found[0]?.message.fr).toMatch(/^L’accroche du CV ressemble à un CV collé : 2 lignes datées, 2 titres de rubrique de CV, 3 lignes à puces\.$/);
      expect(found[0]?.message.en).not.toMatch(/score|\d+\)/);
    });
    it('calls third-person writing that walks through the career a pasted CV', () => {
      const summary = 'Nadia is a supply chain manager. She has worked at Maersk Line, then at Unilever, then at Philips. She leads cross-functional teams.';
      const positions = [['Supply chain lead', 'Philips'], ['Logistics analyst', 'Unilever'], ['Planner', 'Maersk Line']].map(([title, company]) => ({ title: title!, company: company!, start: '', end: '', description: '' }));
      expect(codes({ displayName: 'Nadia Okonkwo', summary, positions })).toEqual(['summary-looks-like-cv']);
    });
    it('does not take a first-person summary naming one employer, or a quoted testimonial, for a pasted CV', () => {
      expect(codes({ summary: 'Je dirige la communication interne d’Armor Industries depuis 2019 : une lettre interne lue par six salariés sur dix, et des réunions plus courtes.' })).toEqual([]);
      expect(codes({ summary: 'J’aide les équipes à se parler. « Elle a transformé notre communication interne en six mois, elle est remarquable. » — Paul Le Goff, DRH' })).toEqual([]);
    });
  });

  describe('picture', () => {
    it('is a warning where a CV usually carries a photo (France, Germany…)', () => {
      for (const location of ['Brest, France', 'Köln, Germany', 'Zürich, Schweiz']) {
        const [f] = audit({ image: '', location });
        expect(f?.code, location).toBe('resume-missing-picture');
        expect(f?.severity, location).toBe('warning');
      }
    });
    it('is advice (info) where the country is unknown or photos are neither expected nor unwanted', () => {
      for (const location of ['', 'Amsterdam, Netherlands']) {
        const [f] = audit({ image: '', location });
        expect(f?.severity, location).toBe('info');
        expect(f?.message.en).toBe('The résumé has no picture, so your profiles get no default one.');
      }
    });
    it('is not asked for where recruiters expect none (United States, United Kingdom…)', () => {
      expect(codes({ image: '', location: 'Denver, Colorado, United States' })).toEqual([]);
      expect(codes({ image: '', location: 'Leeds, United Kingdom' })).toEqual([]);
    });
    it('does not fire when the résumé has one', () => {
      expect(codes({ image: 'photo.jpg', location: 'Köln, Germany' })).toEqual([]);
    });
  });

  describe('site', () => {
    it('fires on a look-alike of a network, naming what it imitates', () => {
      const [f] = audit({ websites: ['https://linkedin-com.example/in/helene'] });
      expect(f?.code).toBe('resume-invalid-site');
      expect(f?.message.en).toMatch(/imitates LinkedIn/);
    });
    it('fires on a hostile scheme and on an unreadable address', () => {
      expect(codes({ websites: ['javascript:alert(1)'] })).toEqual(['resume-invalid-site']);
      expect(codes({ websites: ['https://www.linkedin.com@evil.example/'] })).toEqual(['resume-invalid-site']);
      expect(codes({ websites: ['my website'] })).toEqual(['resume-invalid-site']);
    });
    it('does not fire on a personal site, a network profile used as the site, or no site', () => {
      expect(codes({ websites: ['helenekervella.example/blog'] })).toEqual([]);
      expect(codes({ websites: ['https://github.com/hkervella'] })).toEqual([]);
      expect(codes({ websites: [] })).toEqual([]);
    });
  });

  it('writes French as a French coach does: elision, no English words', () => {
    const found = audit({ displayName: 'H.', headline: '', summary: 'Trop court.', image: '', location: 'Lyon, France', websites: ['https://linkedln.com/in/x'] });
    for (const f of found) {
      for (const text of [f.message.fr, f.why.fr, f.fix.fr]) {
        expect(text).not.toMatch(/(?:^|\s)(?:que|de|le|la|ne) [aeiouyéèêh]/iu);
        expect(text).not.toMatch(/\b(?:resume|summary|headline|picture)\b/i);
      }
    }
  });
});
