import type { Localized } from '../../../schema/text';

/** A site listed under Contact, with the label LinkedIn prints after it. */
export interface PdfContactLink {
  /** An absolute address (the PDF's own link target when it agrees with the text shown). */
  url: string;
  /** `Personal`, `Portfolio`, `Company`, `Blog`, `Other`, `LinkedIn`…; null when the PDF shows none. */
  label: string | null;
}

export interface PdfPosition {
  title: string;
  company: string;
  /** `YYYY-MM`, `YYYY`, or as written. */
  start: string;
  /** Same, or '' for a current position. */
  end: string;
  location: string;
  description: string;
}

export interface PdfSchool {
  school: string;
  degree: string;
  start: string;
  end: string;
}

export interface PdfProblem {
  level: 'warning' | 'skipped';
  where: string;
  message: Localized;
}

/** What a LinkedIn "Save to PDF" profile shows, as a careful reader sees it. */
export interface LinkedInPdfProfile {
  name: string;
  headline: string;
  location: string;
  /** null: the PDF has no Summary section, so the profile has no summary. */
  summary: string | null;
  /** The profile's own address (`https://www.linkedin.com/in/…`), null when the PDF does not show it. */
  profileUrl: string | null;
  email: string | null;
  phones: string[];
  address: string | null;
  /** Contact addresses other than the profile's own. */
  links: PdfContactLink[];
  topSkills: string[];
  languages: { name: string; level: string }[];
  certifications: string[];
  honors: string[];
  publications: string[];
  patents: string[];
  positions: PdfPosition[];
  education: PdfSchool[];
  /** The PDF's creation date (YYYY-MM-DD): when LinkedIn showed this. */
  created: string | null;
  pageCount: number;
  problems: PdfProblem[];
}
