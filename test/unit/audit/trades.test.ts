import { describe, expect, it } from 'vitest';
import { countryOf, writtenInGerman } from '../../../shared/domain/audit/region';
import { inferTrade, isFreelance, tradeIn, tradeLabel } from '../../../shared/domain/audit/trades';
import { Person } from '../../../shared/schema/workspace';

const idOf = (text: string) => tradeIn(text)?.trade.id ?? null;

describe('trade inference', () => {
  it('reads trades in French, English and German, feminine and masculine', () => {
    const cases: [string, string][] = [
      ['Infirmière en bloc opératoire', 'nurse'], ['Infirmier de nuit', 'nurse'], ['Registered nurse', 'nurse'],
      ['Diplomierte Krankenpflegerin', 'nurse'], ['Krankenpfleger', 'nurse'], ['Pflegefachfrau', 'nurse'],
      ['Pharmacienne d’officine', 'pharmacist'], ['Apothekerin', 'pharmacist'], ['Masseur-kinésithérapeute', 'physiotherapist'],
      ['Avocate en droit du travail', 'lawyer'], ['Rechtsanwalt', 'lawyer'], ['Steuerberaterin', 'accountant'], ['Wirtschaftsprüfer', 'accountant'],
      ['Développeuse web freelance', 'developer'], ['Freiberuflicher Softwareentwickler', 'developer'], ['Site reliability engineer', 'developer'],
      ['Directrice artistique', 'designer'], ['UX designer', 'designer'], ['Traductrice indépendante', 'translator'], ['Übersetzerin und Dolmetscherin', 'translator'],
      ['Coach sportive', 'sports-coach'], ['Freelance personal trainer', 'sports-coach'], ['Formatrice bureautique', 'trainer'],
      ['Data journalist', 'journalist'], ['Data engineer', 'data'], ['Consultant en stratégie', 'consultant'], ['Unternehmensberaterin', 'consultant'],
    ];
    for (const [text, id] of cases) expect(idOf(text), text).toBe(id);
    expect(idOf('Pâtissier')).toBeNull();
    expect(idOf('')).toBeNull();
  });

  it('tells the gender French messages should use, and says both forms when it is not told', () => {
    const nurse = (text: string) => tradeLabel(tradeIn(text)!, 'fr');
    expect(nurse('Infirmière')).toBe('infirmière');
    expect(nurse('Krankenpflegerin')).toBe('infirmière');
    expect(nurse('Infirmier')).toBe('infirmier');
    expect(nurse('Nurse')).toBe('infirmier ou infirmière');
    expect(tradeLabel(tradeIn('Nurse')!, 'en')).toBe('nurse');
  });

  it('infers from the trade, then the function, then the positions', () => {
    expect(inferTrade(Person.parse({ trade: 'Avocate', headline: 'Développeuse' }))).toMatchObject({ source: 'trade', trade: { id: 'lawyer' } });
    expect(inferTrade(Person.parse({ headline: 'Infirmière libérale à Lyon' }))).toMatchObject({ source: 'headline', trade: { id: 'nurse' } });
    expect(inferTrade(Person.parse({ positions: [{ title: 'Steuerberater', company: 'Kanzlei Huber' }] }))).toMatchObject({ source: 'position', trade: { id: 'accountant' } });
    expect(inferTrade(Person.parse({ headline: 'Curieuse de tout' }))).toBeNull();
    // A trade the user typed is their word, even one Vitrine does not know.
    expect(inferTrade(Person.parse({ trade: 'Sage-femme', headline: 'Infirmière' }))).toBeNull();
  });

  it('knows a freelancer by the goal or the wording', () => {
    expect(isFreelance(Person.parse({ goal: 'freelance' }))).toBe(true);
    expect(isFreelance(Person.parse({ trade: 'Traductrice indépendante' }))).toBe(true);
    expect(isFreelance(Person.parse({ trade: 'Freiberuflicher Entwickler' }))).toBe(true);
    expect(isFreelance(Person.parse({ trade: 'Développeuse', goal: 'job-search' }))).toBe(false);
  });
});

describe('region', () => {
  it('reads the country from a location in French, English or German, or from a known city', () => {
    expect(countryOf('Zürich, Schweiz')).toBe('CH');
    expect(countryOf('Genève, Suisse')).toBe('CH');
    expect(countryOf('Berlin, Deutschland')).toBe('DE');
    expect(countryOf('Wien, Österreich')).toBe('AT');
    expect(countryOf('Austin, Texas, USA')).toBe('US');
    expect(countryOf('Leeds, United Kingdom')).toBe('GB');
    expect(countryOf('Lyon')).toBe('FR');
    expect(countryOf('Quelque part')).toBeNull();
    expect(countryOf('')).toBeNull();
  });

  it('tells German text from French or English', () => {
    expect(writtenInGerman('Ich bin Steuerberaterin und begleite meine Kunden mit Sorgfalt.')).toBe(true);
    expect(writtenInGerman('Je suis pharmacienne et j’accompagne mes patients.')).toBe(false);
    expect(writtenInGerman('I am a nurse and I die for my patients.')).toBe(false);
  });
});
