import { websiteUrl } from '../urls';
import { isSize, paragraphs, type Layout, type Line } from './layout';
import type { PdfContactLink } from './model';
import type { PdfLinkArea } from './pdf-text';

export interface Contact {
  profileUrl: string | null;
  email: string | null;
  phones: string[];
  address: string | null;
  links: PdfContactLink[];
}

/** `text (Label)` at the end of a line: LinkedIn's label after an address or a phone. */
const LABELLED = /^(.*?)\s*\(([^()]+)\)$/;

/**
 * The Contact section: first the details in body size (postal address,
 * phones, e-mail), then the sites in link size, each ending with its label.
 * Addresses and e-mails wrap anywhere (after `/`, `-`, mid-word) and are
 * joined without spaces; the PDF's link areas give the full address
 * (scheme included) when they agree with the text.
 */
export function readContact(lines: readonly Line[], layout: Layout): Contact {
  const details = lines.filter((l) => isSize(l, 'body', layout.scale));
  const sites = lines.filter((l) => isSize(l, 'link', layout.scale));
  const contact: Contact = { profileUrl: null, email: null, phones: [], address: null, links: [] };
  readDetails(contact, details, layout.links);
  for (const site of readSites(sites, layout.links)) {
    if (site.label?.toLowerCase() === 'linkedin' && contact.profileUrl === null) contact.profileUrl = site.url;
    else contact.links.push(site);
  }
  return contact;
}

function readDetails(contact: Contact, lines: readonly Line[], areas: readonly PdfLinkArea[]): void {
  const address: string[] = [];
  for (const block of paragraphs(lines, 1.25)) {
    for (let i = 0; i < block.length; i++) {
      const line = block[i] as Line;
      const labelled = LABELLED.exec(line.text);
      if (labelled && /[\d+]/.test(labelled[1] ?? '')) {
        contact.phones.push((labelled[1] ?? '').trim());
      } else if (contact.email === null && /^\S+@\S*$/.test(line.text)) {
        const parts = [line];
        // The rest of a wrapped address: no space, no second `@`, no label.
        while (i + 1 < block.length && /^[^\s@()]+$/.test(block[i + 1]?.text ?? '')) parts.push(block[++i] as Line);
        const text = parts.map((p) => p.text).join('');
        const target = areaUrls(parts, areas).find((u) => u.toLowerCase().startsWith('mailto:'));
        contact.email = target && sameText(target.slice('mailto:'.length), text) ? target.slice('mailto:'.length) : text;
      } else {
        address.push(line.text);
      }
    }
  }
  contact.address = address.length > 0 ? address.join(' ') : null;
}

function readSites(lines: readonly Line[], areas: readonly PdfLinkArea[]): PdfContactLink[] {
  const out: PdfContactLink[] = [];
  let parts: Line[] = [];
  let text = '';
  const emit = (label: string | null): void => {
    if (text !== '') out.push({ url: siteUrl(text, areaUrls(parts, areas)), label });
    parts = [];
    text = '';
  };
  for (const line of lines) {
    parts.push(line);
    const labelled = LABELLED.exec(line.text);
    text += (labelled ? (labelled[1] ?? '') : line.text).replace(/\s+/g, '');
    if (labelled) emit((labelled[2] ?? '').trim());
  }
  emit(null);
  return out;
}

/** The link target when it is the address shown (minus LinkedIn's tracking query), else the text made absolute. */
function siteUrl(text: string, targets: readonly string[]): string {
  const target = targets.find((t) => sameText(t, text));
  if (target) return /linkedin\.com\//i.test(target) ? target.replace(/[?#].*$/, '') : target;
  return websiteUrl(text) ?? text;
}

/** Link areas over these lines (a wrapped address may have one area per line). */
function areaUrls(lines: readonly Line[], areas: readonly PdfLinkArea[]): string[] {
  const urls: string[] = [];
  for (const area of areas) {
    const over = lines.some((l) => l.page === area.page && l.y >= area.y1 - 3 && l.y <= area.y2 + 3 && l.x <= area.x2 && l.right >= area.x1);
    if (over && !urls.includes(area.url)) urls.push(area.url);
  }
  return urls;
}

/** Same address ignoring scheme, `www.`, case, a trailing slash, a query, and percent-encoding. */
function sameText(target: string, shown: string): boolean {
  return comparable(target) === comparable(shown);
}

function comparable(raw: string): string {
  let value = raw.trim();
  try {
    value = decodeURI(value);
  } catch {
    // A stray `%` stays as written.
  }
  return value.toLowerCase().replace(/^[a-z][a-z0-9+.-]*:(\/\/)?/, '').replace(/^www\./, '').replace(/[?#].*$/, '').replace(/\/+$/, '');
}
