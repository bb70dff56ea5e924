import './charts.css';

export type MatrixCell = 'link' | 'via-site' | 'none' | 'self';

export interface MatrixProfile {
  id: string;
  /** Full name: legend, tooltips, screen readers. */
  label: string;
  /** Row name shown beside the number (cut with an ellipsis when long). */
  short: string;
}

interface LinkMatrixProps {
  profiles: readonly MatrixProfile[];
  /** cells[i][j]: how profile i reaches profile j. */
  cells: readonly (readonly MatrixCell[])[];
  /** Summary read by screen readers for the table. */
  label: string;
  /** Caption of the table. */
  caption: string;
  /** Heading of the table's first column, e.g. "From ↓ / to →". */
  corner: string;
  /** Words for each cell state (legend, tooltips and screen readers). */
  cellText: Readonly<Record<MatrixCell, string>>;
  /** "{from} → {to}: {state}" for a cell's tooltip. */
  describe: (from: string, to: string, state: string) => string;
  /** seen[i][j]: where the link behind cells[i][j] was seen, in words starting with a capital, or null when it is only declared. */
  seen: readonly (readonly (string | null)[])[];
  /** Legend words for a link seen in a file and a link only declared. */
  evidenceText: Readonly<Record<Evidence, string>>;
}

type Evidence = 'seen' | 'declared';
/** Beside the state's glyph: a seen link is filled, a declared one hollow (never colour alone). */
const EVIDENCE_GLYPH: Record<Evidence, string> = { seen: '◉', declared: '○' };

const GLYPH: Record<MatrixCell, string> = { link: '✓', 'via-site': '↪', none: '✕', self: '' };
const ORDER: readonly MatrixCell[] = ['link', 'via-site', 'none'];

/** A profile's number in a header; its full name shows on hover and on keyboard focus, and is read out. */
function Numbered({ n, name, text }: { n: number; name: string; text?: string }) {
  return (
    <span className="matrix-head" tabIndex={0} title={name}>
      <span className="matrix-num" aria-hidden="true">{n}</span>
      {text !== undefined && <span className="matrix-row-name" aria-hidden="true">{text}</span>}
      <span className="visually-hidden">{name}</span>
      <span className="matrix-tip" aria-hidden="true">{name}</span>
    </span>
  );
}

/**
 * Who points to whom: rows link from, columns link to, profiles numbered as in
 * the printed report, with the numbers spelled out in a key below. One real
 * table serves the eye and screen readers; each state has its own colour AND
 * glyph (never colour alone).
 */
export function LinkMatrix({ profiles, cells, label, caption, corner, cellText, describe, seen, evidenceText }: LinkMatrixProps) {
  return (
    <div className="link-matrix">
      <div className="matrix-scroll">
        <table className="matrix-table" aria-label={label} data-testid="link-matrix">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="matrix-corner">{corner}</th>
              {profiles.map((p, j) => <th key={p.id} scope="col" data-testid="matrix-col"><Numbered n={j + 1} name={p.label} /></th>)}
            </tr>
          </thead>
          <tbody>
            {profiles.map((from, i) => (
              <tr key={from.id}>
                <th scope="row" data-testid="matrix-row"><Numbered n={i + 1} name={from.label} text={from.short} /></th>
                {profiles.map((to, j) => {
                  const state = cells[i]?.[j] ?? 'none';
                  const source = seen[i]?.[j] ?? null;
                  const evidence: Evidence | null = state === 'link' || state === 'via-site' ? (source === null ? 'declared' : 'seen') : null;
                  const words = evidence === null ? cellText[state] : `${cellText[state]} — ${source ?? evidenceText.declared}`;
                  return (
                    <td key={to.id} className={`matrix-cell cell-${state}`} data-evidence={evidence ?? undefined} title={state === 'self' ? undefined : describe(from.label, to.label, words)}>
                      <span aria-hidden="true">{GLYPH[state]}{evidence !== null && <span className="matrix-evidence">{EVIDENCE_GLYPH[evidence]}</span>}</span>
                      <span className="visually-hidden">{words}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ol className="matrix-key" aria-hidden="true" data-testid="matrix-key">
        {profiles.map((p, i) => <li key={p.id}><span className="matrix-num">{i + 1}</span>{p.label}</li>)}
      </ol>
      <ul className="chart-legend" aria-hidden="true">
        {ORDER.map((s) => <li key={s}><span className={`matrix-swatch cell-${s}`}>{GLYPH[s]}</span>{cellText[s]}</li>)}
        {(['seen', 'declared'] as const).map((e) => <li key={e}><span className="matrix-swatch">{EVIDENCE_GLYPH[e]}</span>{evidenceText[e]}</li>)}
      </ul>
    </div>
  );
}
