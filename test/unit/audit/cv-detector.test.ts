import { describe, expect, it } from 'vitest';
import { createAuditContext } from '../../../shared/domain/audit/context';
import { assessPastedCv, PASTED_CV_THRESHOLD } from '../../../shared/domain/audit/cv-detector';
import { lowerPlain } from '../../../shared/domain/audit/text';
import { workspace } from '../../fixtures/audit/build';

const person = createAuditContext(workspace({
  person: {
    displayName: 'Jeanne Dupont',
    positions: [
      { title: 'Pharmacienne adjointe', company: 'Pharmacie du Centre' },
      { title: 'Pharmacienne remplaçante', company: 'Pharmacie des Lilas' },
    ],
  },
})).person;

describe('pasted-CV detector', () => {
  it('counts third-person voice, including the person’s own name as subject', () => {
    const cv = assessPastedCv(lowerPlain('Jeanne Dupont est pharmacienne depuis 2010. Elle accompagne les patients. She has ten years of practice.'), person);
    expect(cv.signals.find((s) => s.kind === 'third-person')?.count).toBe(3);
    expect(cv.pasted).toBe(true);
  });

  it('counts positions repeated from the career', () => {
    const cv = assessPastedCv(lowerPlain(
      'Pharmacienne adjointe à la Pharmacie du Centre, avant cela pharmacienne remplaçante à la Pharmacie des Lilas.'),
      person,
    );
    expect(cv.signals.find((s) => s.kind === 'positions')?.count).toBe(4);
  });

  it('bullet lists of positions and English headers add up', () => {
    const cv = assessPastedCv(lowerPlain('Skills:\n- Vaccination\n- Orthopaedics\n- Dermocosmetics\nEducation\nPharmD, 2010'), person);
    expect(cv.signals.map((s) => s.kind)).toEqual(expect.arrayContaining(['bullets', 'section-headers']));
    expect(cv.score).toBeGreaterThanOrEqual(PASTED_CV_THRESHOLD);
  });

  it('a first-person summary mentioning one date or one employer stays below the threshold', () => {
    const cv = assessPastedCv(lowerPlain(
      'Depuis 2015 - aujourd’hui, je conseille les patients de la Pharmacie du Centre. J’aime expliquer les traitements simplement.'),
      person,
    );
    expect(cv.pasted).toBe(false);
  });

  it('a quoted testimonial with its attribution is not third-person CV writing; the same sentences unquoted are', () => {
    const own = 'J’aide les PME à choisir leurs marchés. ';
    const quoteFr = '« Jeanne a su poser les bonnes questions. Elle a mené notre comité vers une décision, elle est restée pour la mettre en œuvre. » — Nadia Ferhat, directrice générale';
    const quoteEn = '"Jeanne asked the right questions. She has led our board to a decision, she is still with us." - Nadia Ferhat, CEO';
    for (const quote of [quoteFr, quoteEn, quoteFr.replace(' — Nadia Ferhat, directrice générale', ' (Nadia Ferhat, directrice générale)')]) {
      expect(assessPastedCv(lowerPlain(own + quote), person).signals.find((s) => s.kind === 'third-person'), quote).toBeUndefined();
    }
    const unquoted = 'Jeanne a su poser les bonnes questions. Elle a mené notre comité vers une décision, elle est restée pour la mettre en œuvre.';
    expect(assessPastedCv(lowerPlain(own + unquoted), person).signals.find((s) => s.kind === 'third-person')?.count).toBeGreaterThan(0);
    // Quotes without an attribution are the person's own words in quotation marks: still read.
    expect(assessPastedCv(lowerPlain(`${own}« ${unquoted} »`), person).signals.find((s) => s.kind === 'third-person')?.count).toBeGreaterThan(0);
  });
});
