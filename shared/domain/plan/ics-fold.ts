/**
 * RFC 5545 §3.1: a content line is folded at 75 OCTETS (not characters), a
 * continuation starting with one space, and a multi-byte UTF-8 character is
 * never split across lines. The `ics` library folds by characters, so its
 * output is unfolded and folded again here.
 */
const MAX_OCTETS = 75;

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/** One unfolded content line as physical lines of at most 75 octets each (the leading space counts). */
export function foldLine(line: string): string[] {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = utf8Length(ch.codePointAt(0) ?? 0);
    if (octets + n > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += n;
  }
  out.push(current);
  return out;
}

/** A whole iCalendar text, refolded at 75 octets; CRLF line ends. */
export function refoldIcs(ics: string): string {
  const unfolded = ics.replace(/\r?\n[ \t]/g, '');
  const ends = unfolded.endsWith('\r\n');
  const lines = (ends ? unfolded.slice(0, -2) : unfolded).split(/\r?\n/);
  return lines.flatMap(foldLine).join('\r\n') + (ends ? '\r\n' : '');
}
