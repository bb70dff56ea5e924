/**
 * Section headings of LinkedIn's PDF in each interface language. The
 * left-column ones from `Languages` on, and `Honors-Awards`, `Publications`,
 * `Patents`, stay in English in every file seen; the other spellings are
 * LinkedIn's translations of the same labels on its site.
 */
export type SectionKey =
  | 'contact' | 'topSkills' | 'languages' | 'certifications' | 'honors' | 'publications' | 'patents'
  | 'summary' | 'experience' | 'education';

const HEADINGS: Record<SectionKey, readonly string[]> = {
  contact: ['Contact', 'Coordonnées', 'Contacter', 'Kontakt', 'Contactar', 'Contacto', 'Contato', 'Contatta', 'Contatti', 'Contactgegevens', 'Contactinformatie', 'Способы связаться', 'Контакты'],
  topSkills: ['Top Skills', 'Principales compétences', 'Top-Kenntnisse', 'Aptitudes principales', 'Principais competências', 'Competenze principali', 'Belangrijkste vaardigheden', 'Top vaardigheden', 'Основные навыки'],
  languages: ['Languages', 'Langues', 'Sprachen', 'Idiomas', 'Lingue', 'Talen', 'Языки'],
  certifications: ['Certifications', 'Zertifizierungen', 'Certificaciones', 'Certificações', 'Certificazioni', 'Certificeringen', 'Сертификаты'],
  honors: ['Honors-Awards', 'Honors & Awards', 'Distinctions', 'Auszeichnungen', 'Reconocimientos y premios', 'Prêmios', 'Riconoscimenti e premi', 'Onderscheidingen', 'Награды'],
  publications: ['Publications', 'Publikationen', 'Publicaciones', 'Publicações', 'Pubblicazioni', 'Publicaties', 'Публикации'],
  patents: ['Patents', 'Brevets', 'Patente', 'Patentes', 'Brevetti', 'Octrooien', 'Патенты'],
  summary: ['Summary', 'Résumé', 'Zusammenfassung', 'Extracto', 'Resumen', 'Resumo', 'Riepilogo', 'Samenvatting', 'Общие сведения'],
  experience: ['Experience', 'Expérience', 'Berufserfahrung', 'Experiencia', 'Experiência', 'Esperienza', 'Ervaring', 'Опыт работы'],
  education: ['Education', 'Formation', 'Ausbildung', 'Educación', 'Formação acadêmica', 'Formazione', 'Opleiding', 'Образование'],
};

function key(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
}

const BY_TEXT = new Map<string, SectionKey>(
  (Object.entries(HEADINGS) as [SectionKey, readonly string[]][]).flatMap(([section, names]) => names.map((n) => [key(n), section] as const)),
);

/** The section a heading names, in any interface language; null when unknown. */
export function sectionOf(heading: string): SectionKey | null {
  return BY_TEXT.get(key(heading)) ?? null;
}

/** Whether this text is LinkedIn's Contact heading, the surest sign of its PDF layout. */
export function isContactHeading(text: string): boolean {
  return sectionOf(text) === 'contact';
}
