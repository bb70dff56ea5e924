import { describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { planImport } from '../../../shared/domain/import/detect';
import { extractLinkedInPdf, NOT_LINKEDIN } from '../../../shared/domain/import/linkedin-pdf/extract';
import type { LinkedInPdfProfile } from '../../../shared/domain/import/linkedin-pdf/model';
import { Workspace } from '../../../shared/schema/workspace';
import { lonePdfText, PdfReadError, readPdfText } from '../../../electron/services/pdf-text';
import { deps, emptyWorkspace } from '../../fixtures/import/helpers';
import { jeanne, ProfilePdf } from '../../fixtures/import/linkedin-pdf';

async function extract(pdf: ProfilePdf): Promise<LinkedInPdfProfile> {
  const r = extractLinkedInPdf(await readPdfText(await pdf.bytes(), 'Profile.pdf'));
  if (!r.ok) throw new Error(r.message.en);
  return r.profile;
}

async function plan(pdf: ProfilePdf | Uint8Array, target = emptyWorkspace()) {
  const bytes = pdf instanceof Uint8Array ? pdf : await pdf.bytes();
  const files = [{ name: 'Profile.pdf', bytes }];
  const before = structuredClone(target);
  const r = planImport(target, files, { ...deps(), pdf: await lonePdfText(files) });
  expect(target).toEqual(before);
  return r;
}

describe('LinkedIn PDF — an ordinary profile', () => {
  it('reads every part by position and size', async () => {
    const p = await extract(jeanne());
    expect(p).toMatchObject({
      name: 'Jeanne Dupont',
      headline: 'Pharmacienne, formatrice',
      location: 'Lyon, Auvergne-Rhone-Alpes, France',
      summary: 'Je forme les equipes officinales.',
      profileUrl: 'https://www.linkedin.com/in/jeanne-dupont',
      email: 'jeanne.dupont@example.fr',
      links: [{ url: 'https://jdupont.example', label: 'Personal' }],
      topSkills: ['Formation officinale', 'Pharmacie clinique'],
      languages: [{ name: 'French', level: 'Native or Bilingual' }],
      positions: [{ title: 'Pharmacienne titulaire', company: 'Pharmacie du Parc', start: '2019-03', end: '', location: 'Lyon', description: 'Gestion de l officine.' }],
      education: [{ school: 'Universite Lyon 1', degree: 'Doctorat, Pharmacie', start: '2008', end: '2014' }],
      created: '2025-06-19',
      pageCount: 1,
      problems: [],
    });
  });

  it('previews an import: person filled, LinkedIn profile with its skills and sites, photo said unknown; the target is untouched', async () => {
    const r = await plan(jeanne());
    if (!r.ok) throw new Error(r.message.en);
    const ws = Workspace.parse(r.plan.result);
    expect(r.plan.format).toBe('linkedin-pdf');
    expect(ws.person).toMatchObject({ displayName: 'Jeanne Dupont', headline: 'Pharmacienne, formatrice', skills: ['Formation officinale', 'Pharmacie clinique'], languages: ['French'], websites: ['https://jdupont.example'] });
    expect(ws.person.positions).toHaveLength(1);
    const linkedin = ws.profiles.find((p) => p.network === 'linkedin');
    expect(linkedin).toMatchObject({ handle: 'jeanne-dupont', displayName: 'Jeanne Dupont', keywords: ['Formation officinale', 'Pharmacie clinique'], links: ['https://jdupont.example'] });
    // Facts: what the PDF shows is known, seen in LinkedIn's PDF of its creation date; the photo stays not checked.
    const source = { kind: 'linkedin-pdf', at: '2025-06-19', label: 'Profile.pdf' };
    expect(linkedin?.facts).toMatchObject({
      displayName: { state: 'known', source },
      headline: { state: 'known', source },
      summary: { state: 'known', source },
      keywords: { state: 'known', source },
      links: { state: 'known', source },
      photo: { state: 'unchecked', source: null },
      followOpen: { state: 'unchecked' },
    });
    expect(linkedin?.seenLinks).toEqual([{ url: 'https://jdupont.example', source }]);
    expect(r.plan.issues.find((i) => i.where === 'photo')?.message).toMatch(/never holds the photo/);
    // Schools are kept on the person, "Degree, Field" split, and shown in the preview.
    expect(ws.person.education).toEqual([{ institution: 'Universite Lyon 1', studyType: 'Doctorat', area: 'Pharmacie', startDate: '2008', endDate: '2014' }]);
    expect(r.plan.changes).toContainEqual(expect.objectContaining({ kind: 'add', entity: 'person', field: 'education', after: 'Doctorat, Pharmacie — Universite Lyon 1 (2008–2014)' }));
    expect(r.plan.issues.some((i) => i.where === 'education')).toBe(false);
  });

  it('adds certifications by name, and the same PDF twice adds no school nor certification again', async () => {
    const pdf = jeanne().leftHeading('Certifications').leftItem(['Vaccination en officine'], true);
    const r = await plan(pdf);
    if (!r.ok) throw new Error(r.message.en);
    expect(r.plan.result.person.certifications).toEqual([{ name: 'Vaccination en officine', issuer: '', date: '', url: '' }]);
    const again = await plan(pdf, Workspace.parse(r.plan.result));
    if (!again.ok) throw new Error(again.message.en);
    expect(again.plan.result.person.education).toHaveLength(1);
    expect(again.plan.result.person.certifications).toHaveLength(1);
    expect(again.plan.changes.filter((c) => c.field === 'education' || c.field === 'certifications')).toEqual([]);
  });

  it('keeps a different person headline and reports it instead of overwriting', async () => {
    const target = emptyWorkspace();
    target.person.headline = 'Formatrice en pharmacie';
    const r = await plan(jeanne(), target);
    if (!r.ok) throw new Error(r.message.en);
    expect(r.plan.result.person.headline).toBe('Formatrice en pharmacie');
    expect(r.plan.issues.some((i) => i.where === 'person.headline' && /Kept the existing value/.test(i.message))).toBe(true);
    // The LinkedIn profile itself shows what LinkedIn shows.
    expect(r.plan.result.profiles.find((p) => p.network === 'linkedin')?.headline).toBe('Pharmacienne, formatrice');
  });
});

describe('LinkedIn PDF — layout traps', () => {
  it('joins wrapped addresses and e-mails, with the label on the last line or on its own', async () => {
    const pdf = new ProfilePdf()
      .leftHeading('Contact', true)
      .leftItem(['jeanne.dupont@pharmacie-du-pa', 'rc.fr'], true)
      .site(['www.linkedin.com/in/jeanne-', 'dupont-7b3a21 (LinkedIn)'], true)
      .site(['www.pharmacie-du-parc.example/', 'equipe/jeanne-dupont', '(Company)'])
      .site(['blog.jdupont.example (Blog)'])
      .name(['Jeanne Dupont'])
      .headline(['Pharmacienne'], 'Lyon');
    const p = await extract(pdf);
    expect(p.email).toBe('jeanne.dupont@pharmacie-du-parc.fr');
    expect(p.profileUrl).toBe('https://www.linkedin.com/in/jeanne-dupont-7b3a21');
    expect(p.links).toEqual([
      { url: 'https://www.pharmacie-du-parc.example/equipe/jeanne-dupont', label: 'Company' },
      { url: 'https://blog.jdupont.example', label: 'Blog' },
    ]);
  });

  it("takes the link area's address (scheme included, LinkedIn's tracking query dropped) when it agrees with the text", async () => {
    const pdf = new ProfilePdf()
      .leftHeading('Contact', true)
      .site(['www.linkedin.com/in/jeanne-dupont (LinkedIn)'], true)
      .site(['jdupont.example (Portfolio)'])
      .name(['Jeanne Dupont'])
      .headline(['Pharmacienne'], 'Lyon')
      .link(1, 713.2, 'https://www.linkedin.com/in/jeanne-dupont?jobid=1234&lipi=urn%3Ali')
      .link(1, 699.7, 'http://jdupont.example/');
    const p = await extract(pdf);
    expect(p.profileUrl).toBe('https://www.linkedin.com/in/jeanne-dupont');
    expect(p.links).toEqual([{ url: 'http://jdupont.example/', label: 'Portfolio' }]);
  });

  it('reads a name on two lines and a headline that wraps', async () => {
    const pdf = new ProfilePdf()
      .leftHeading('Contact', true)
      .site(['www.linkedin.com/in/mb (LinkedIn)'], true)
      .name(['Marie-Christine Beaulieu', 'DE LA TOUR'])
      .headline(['Pharmacienne | Formatrice | Consultante en', 'officine'], 'Bordeaux, Nouvelle-Aquitaine, France');
    const p = await extract(pdf);
    expect(p.name).toBe('Marie-Christine Beaulieu DE LA TOUR');
    expect(p.headline).toBe('Pharmacienne | Formatrice | Consultante en officine');
    expect(p.location).toBe('Bordeaux, Nouvelle-Aquitaine, France');
  });

  it('follows Experience over a page: a description cut by the page break, a role after it, roles under one company', async () => {
    const pdf = new ProfilePdf()
      .leftHeading('Contact', true)
      .site(['www.linkedin.com/in/jd (LinkedIn)'], true)
      .name(['Jeanne Dupont'])
      .headline(['Pharmacienne'], 'Lyon')
      .rightHeading('Experience')
      .company('Pharmacie du Parc', '10 years 2 months')
      .role('Titulaire', 'March 2019 - Present (6 years 4 months)', 'Lyon', Array.from({ length: 40 }, (_, i) => `Ligne ${i + 1} de la description.`))
      .role('Adjointe', 'January 2015 - February 2019 (4 years 2 months)', 'Villeurbanne', ['Dispensation.'])
      .company('Pharmacie Centrale')
      .role('Stagiaire', 'septembre 2013 - juin 2014 (10 mois)', null, [], false);
    const p = await extract(pdf);
    expect(p.pageCount).toBeGreaterThan(1);
    expect(p.positions.map(({ title, company, start, end, location }) => ({ title, company, start, end, location }))).toEqual([
      { title: 'Titulaire', company: 'Pharmacie du Parc', start: '2019-03', end: '', location: 'Lyon' },
      { title: 'Adjointe', company: 'Pharmacie du Parc', start: '2015-01', end: '2019-02', location: 'Villeurbanne' },
      { title: 'Stagiaire', company: 'Pharmacie Centrale', start: '2013-09', end: '2014-06', location: '' },
    ]);
    expect(p.positions[0]?.description.split(' ').filter((w) => w === 'Ligne')).toHaveLength(40);
    expect(p.positions[0]?.description).toMatch(/^Ligne 1 de la description\. Ligne 2/);
  });

  it('follows a left-column section onto the next page', async () => {
    const pdf = new ProfilePdf().leftHeading('Contact', true).site(['www.linkedin.com/in/jd (LinkedIn)'], true).leftHeading('Certifications');
    for (let i = 1; i <= 40; i++) pdf.leftItem([`Certification ${i}`], i === 1);
    pdf.name(['Jeanne Dupont']).headline(['Pharmacienne'], 'Lyon');
    const p = await extract(pdf);
    expect(p.certifications).toEqual(Array.from({ length: 40 }, (_, i) => `Certification ${i + 1}`));
  });

  it('reports a heading it cannot place, with what it holds, in the preview', async () => {
    const pdf = jeanne().rightHeading('Volunteering').paragraph(['Croix-Rouge'], true);
    const p = await extract(pdf);
    expect(p.problems).toEqual([expect.objectContaining({ level: 'warning', where: 'page 1' })]);
    expect(p.problems[0]?.message.en).toBe('Section "Volunteering" (page 1) not recognised: its line was not read.');
    const r = await plan(pdf);
    expect(r.ok && r.plan.issues.some((i) => i.message.includes('"Volunteering"'))).toBe(true);
  });

  it('tells an empty summary (no Summary section) from an unread one: null, and the person summary stays empty', async () => {
    const pdf = new ProfilePdf()
      .leftHeading('Contact', true)
      .site(['www.linkedin.com/in/jd (LinkedIn)'], true)
      .name(['Jeanne Dupont'])
      .headline(['Pharmacienne'], 'Lyon')
      .rightHeading('Experience')
      .company('Pharmacie du Parc')
      .role('Titulaire', 'March 2019 - Present (6 years 4 months)', 'Lyon', [], false);
    const p = await extract(pdf);
    expect(p.summary).toBeNull();
    const r = await plan(pdf);
    if (!r.ok) throw new Error(r.message.en);
    expect(r.plan.result.person.summary).toBe('');
    expect(r.plan.changes.some((c) => c.field === 'summary')).toBe(false);
    // Known absent (LinkedIn prints Summary whenever there is one), as are links when Contact lists none.
    const facts = r.plan.result.profiles.find((x) => x.network === 'linkedin')?.facts;
    expect(facts?.summary).toEqual({ state: 'absent', source: { kind: 'linkedin-pdf', at: '2025-06-19', label: 'Profile.pdf' } });
    expect(facts?.links.state).toBe('absent');
    expect(facts?.keywords.state).toBe('unchecked');
  });

  it('reads headings in the interface language (French, with the older « Contacter »)', async () => {
    const pdf = new ProfilePdf()
      .leftHeading('Contacter', true)
      .site(['www.linkedin.com/in/jd (LinkedIn)'], true)
      .leftHeading('Principales compétences')
      .leftItem(['Officine'], true)
      .name(['Jeanne Dupont'])
      .headline(['Pharmacienne'], 'Lyon')
      .rightHeading('Résumé')
      .paragraph(['Bonjour.'], true)
      .rightHeading('Expérience')
      .company('Pharmacie du Parc')
      .role('Titulaire', 'mars 2019 - Present (6 ans 4 mois)', 'Lyon', [], false)
      .rightHeading('Formation')
      .school('Universite Lyon 1', 'Doctorat · (septembre 2008 - juin 2014)');
    const p = await extract(pdf);
    expect(p).toMatchObject({ topSkills: ['Officine'], summary: 'Bonjour.', problems: [] });
    expect(p.positions).toEqual([expect.objectContaining({ start: '2019-03', end: '' })]);
    expect(p.education).toEqual([{ school: 'Universite Lyon 1', degree: 'Doctorat', start: '2008-09', end: '2014-06' }]);
  });
});

describe('LinkedIn PDF — refusals change nothing', () => {
  it('refuses a PDF that is not a LinkedIn profile', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.addPage([595, 842]).drawText('Facture n° 2025-001', { x: 50, y: 700, size: 20, font });
    const r = await plan(await doc.save());
    expect(r).toEqual({ ok: false, kind: 'unrecognised', message: NOT_LINKEDIN });
  });

  it('refuses an oversized file before loading pdfjs, and too many pages before reading one', async () => {
    const bytes = await jeanne().bytes();
    await expect(readPdfText(bytes, 'Profile.pdf', { maxBytes: 100, maxPages: 60 })).rejects.toThrow(PdfReadError);
    await expect(readPdfText(bytes, 'Profile.pdf', { maxBytes: 100, maxPages: 60 })).rejects.toThrow(/at most 0 MB|is 0\.\d MB/);
    const long = new ProfilePdf().leftHeading('Contact', true).name(['J']).headline(['H'], 'L').rightHeading('Experience');
    long.right.nextPage().line('x', 10.5, 0).nextPage().line('y', 10.5, 0);
    await expect(readPdfText(await long.bytes(), 'Long.pdf', { maxBytes: 1e6, maxPages: 2 })).rejects.toThrow(/has 3 pages; a LinkedIn profile PDF has at most 2/);
  });

  it('refuses a damaged PDF with a clear message', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.4\nthis is not a PDF body');
    await expect(lonePdfText([{ name: 'Profile.pdf', bytes }])).rejects.toThrow(/not a readable PDF/);
  });
});
