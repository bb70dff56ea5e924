/**
 * Strips personal text from a log line before it is written. The log is for
 * "what happened" (errors, recoveries, imports), never for what people wrote:
 * - e-mail addresses → <email>
 * - URLs keep their scheme and host, never their path or query (a profile
 *   path names a person): https://www.linkedin.com/<path>
 * - file paths keep only the extension (folders and names are personal):
 *   <path>.json
 * - quoted text (« », “ ”, " ", ‘ ’) is free text: <text>
 * - names the caller knows (client and person names, handles) → <name>
 * - long runs of words outside quotes (pasted text) are cut at 200 characters.
 */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const URL_RE = /\b([a-z][a-z0-9+.-]*):\/\/([^\s/?#"'<>«»“”]+)([^\s"'<>«»“”]*)/giu;
// Absolute POSIX paths, Windows drive paths and UNC paths, up to a space or a quote.
const PATH = /(?:(?<![\p{L}\p{N}:/])\/(?:[^\s/"'«»“”:]+\/)*[^\s/"'«»“”:]+|\b[A-Za-z]:\\[^\s"'«»“”]*|\\\\[^\s"'«»“”]+)/gu;
const QUOTED = /«[^»]*»|“[^”]*”|‘[^’]*’|"[^"]*"/gu;
const MAX_LINE = 200;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function redact(line: string, knownNames: readonly string[] = []): string {
  let out = line;
  // Names first: they may sit inside a path or a quote that the later steps would hide anyway.
  const names = knownNames.map((n) => n.trim()).filter((n) => n.length >= 2).sort((a, b) => b.length - a.length);
  for (const name of names) out = out.replace(new RegExp(escapeRegExp(name), 'giu'), '<name>');
  out = out.replace(QUOTED, (q) => `${q[0]}<text>${q[q.length - 1]}`);
  out = out.replace(URL_RE, (_m, scheme: string, host: string, rest: string) => `${scheme}://${host.replace(/^[^@]*@/, '')}${rest && rest !== '/' ? '/<path>' : ''}`);
  out = out.replace(EMAIL, '<email>');
  out = out.replace(PATH, (p) => {
    const ext = /\.[A-Za-z0-9]{1,8}$/.exec(p)?.[0] ?? '';
    return `<path>${ext}`;
  });
  return out.length > MAX_LINE ? `${out.slice(0, MAX_LINE)}…` : out;
}

/** The names Vitrine holds (clients, people, profile names and handles): never written to the log. */
export function namesIn(workspaces: readonly { name: string; person: { displayName: string }; profiles: readonly { handle: string; displayName: string }[] }[]): string[] {
  const out = new Set<string>();
  for (const ws of workspaces) {
    out.add(ws.name);
    out.add(ws.person.displayName);
    for (const p of ws.profiles) {
      out.add(p.handle);
      out.add(p.displayName);
    }
  }
  return [...out].filter((n) => n.trim().length >= 2);
}
