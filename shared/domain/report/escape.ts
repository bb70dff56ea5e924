const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe for HTML element content and double- or single-quoted
 * attribute values. Every piece of user text in the report goes through here.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** A base64 data: URL of a PNG, JPEG or SVG, nothing else (no quotes, no spaces, no other scheme). */
const LOGO_URL = /^data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/]+={0,2}$/;

/**
 * The consultant's logo if it is a well-formed image data: URL, else null
 * (omitted). It is only ever used as an <img src>, where an SVG cannot run script.
 */
export function safeLogo(logo: string | null | undefined): string | null {
  return typeof logo === 'string' && logo.length <= 1_000_000 && LOGO_URL.test(logo) ? logo : null;
}
