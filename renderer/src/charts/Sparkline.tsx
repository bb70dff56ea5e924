import './charts.css';

interface SparklineProps {
  /** Values between `min` and `max`, oldest first. */
  values: readonly number[];
  label: string;
  width?: number;
  height?: number;
  min?: number;
  max?: number;
}

/** A small trend line (score history); one value draws a dot. */
export function Sparkline({ values, label, width = 160, height = 40, min = 0, max = 100 }: SparklineProps) {
  const pad = 4;
  const span = max - min || 1;
  const x = (i: number) => (values.length <= 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (values.length - 1));
  const y = (v: number) => height - pad - ((Math.max(min, Math.min(max, v)) - min) * (height - 2 * pad)) / span;
  const points = values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const last = values[values.length - 1];
  return (
    <svg className="sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <line className="sparkline-base" x1={pad} x2={width - pad} y1={height - pad} y2={height - pad} />
      {values.length > 1 && <polyline className="sparkline-line" points={points} fill="none" />}
      {last !== undefined && <circle className="sparkline-dot" cx={x(values.length - 1)} cy={y(last)} r={3} />}
    </svg>
  );
}
