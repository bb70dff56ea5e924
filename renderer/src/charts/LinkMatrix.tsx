import './charts.css';

export type MatrixCell = 'link' | 'via-site' | 'none' | 'self';

export interface MatrixProfile {
  id: string;
  /** Full name, used in the table alternative and tooltips. */
  label: string;
  /** Short axis name. */
  short: string;
}

interface LinkMatrixProps {
  profiles: readonly MatrixProfile[];
  /** cells[i][j]: how profile i reaches profile j. */
  cells: readonly (readonly MatrixCell[])[];
  /** Summary read by screen readers for the picture. */
  label: string;
  /** Caption of the table alternative. */
  caption: string;
  /** Heading of the table's first column, e.g. "From ↓ / to →". */
  corner: string;
  /** Words for each cell state (legend, tooltips and table). */
  cellText: Readonly<Record<MatrixCell, string>>;
  /** "{from} → {to}: {state}" for a cell's tooltip. */
  describe: (from: string, to: string, state: string) => string;
}

const CELL = 38;
const LABEL_W = 190;
const HEAD_H = 120;
const GLYPH: Record<MatrixCell, string> = { link: '✓', 'via-site': '↪', none: '✕', self: '' };
const ORDER: readonly MatrixCell[] = ['link', 'via-site', 'none'];

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * Who points to whom: rows link from, columns link to. Each state has its own
 * colour AND glyph (never colour alone); a visually hidden table carries the
 * same facts for screen readers.
 */
export function LinkMatrix({ profiles, cells, label, caption, corner, cellText, describe }: LinkMatrixProps) {
  const n = profiles.length;
  // Room on the right for the last column's slanted label.
  const width = LABEL_W + n * CELL + HEAD_H;
  const height = HEAD_H + n * CELL + 4;
  return (
    <div className="link-matrix">
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} data-testid="link-matrix">
        {profiles.map((p, j) => (
          <text key={`h-${p.id}`} className="chart-label" transform={`translate(${LABEL_W + j * CELL + CELL / 2 + 4} ${HEAD_H - 8}) rotate(-45)`} aria-hidden="true">
            {clip(p.short, 22)}
          </text>
        ))}
        {profiles.map((from, i) => (
          <g key={from.id} transform={`translate(0 ${HEAD_H + i * CELL})`}>
            <text className="chart-label" x={LABEL_W - 10} y={CELL / 2} textAnchor="end" dominantBaseline="central" aria-hidden="true">{clip(from.short, 26)}</text>
            {profiles.map((to, j) => {
              const state = cells[i]?.[j] ?? 'none';
              return (
                <g key={to.id} transform={`translate(${LABEL_W + j * CELL} 0)`} className={`matrix-cell cell-${state}`}>
                  <rect x={1} y={1} width={CELL - 2} height={CELL - 2} rx={5} />
                  {GLYPH[state] && <text x={CELL / 2} y={CELL / 2} textAnchor="middle" dominantBaseline="central" aria-hidden="true">{GLYPH[state]}</text>}
                  {state !== 'self' && <title>{describe(from.label, to.label, cellText[state])}</title>}
                </g>
              );
            })}
          </g>
        ))}
      </svg>
      <ul className="chart-legend" aria-hidden="true">
        {ORDER.map((s) => (
          <li key={s}><span className={`legend-swatch matrix-cell cell-${s}`}><svg width="16" height="16" viewBox="0 0 16 16"><rect x="0" y="0" width="16" height="16" rx="3" /><text x="8" y="8" textAnchor="middle" dominantBaseline="central" fontSize="11">{GLYPH[s]}</text></svg></span>{cellText[s]}</li>
        ))}
      </ul>
      <table className="visually-hidden">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{corner}</th>
            {profiles.map((p) => <th key={p.id} scope="col">{p.label}</th>)}
          </tr>
        </thead>
        <tbody>
          {profiles.map((from, i) => (
            <tr key={from.id}>
              <th scope="row">{from.label}</th>
              {profiles.map((to, j) => {
                const state = cells[i]?.[j] ?? 'none';
                return <td key={to.id}>{state === 'self' ? '—' : cellText[state]}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
