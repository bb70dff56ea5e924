import './charts.css';

export type ScoreBand = 'good' | 'fair' | 'poor' | 'none';

/** Bands shared by every score picture: 80+ good, 50–79 fair, below 50 poor. */
export function scoreBand(score: number | null): ScoreBand {
  if (score === null) return 'none';
  return score >= 80 ? 'good' : score >= 50 ? 'fair' : 'poor';
}

interface ScoreRingProps {
  score: number | null;
  /** Accessible description, e.g. "Score 72 out of 100 (fair)"; empty when the ring is decorative (its control says it). */
  label: string;
  size?: number;
  testId?: string;
}

/** A 0–100 score as a ring filled in proportion, coloured by band, the number in the middle. */
export function ScoreRing({ score, label, size = 120, testId }: ScoreRingProps) {
  const stroke = Math.max(4, Math.round(size / 11));
  const r = (size - stroke) / 2;
  const circumference = 2 * Math.PI * r;
  const filled = score === null ? 0 : (Math.max(0, Math.min(100, score)) / 100) * circumference;
  const c = size / 2;
  return (
    <svg className={`score-ring band-${scoreBand(score)}`} width={size} height={size} viewBox={`0 0 ${size} ${size}`} {...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true })} data-testid={testId} data-score={score ?? ''}>
      <circle className="score-ring-track" cx={c} cy={c} r={r} strokeWidth={stroke} fill="none" />
      <circle
        className="score-ring-value"
        cx={c} cy={c} r={r} strokeWidth={stroke} fill="none" strokeLinecap="round"
        strokeDasharray={`${filled} ${circumference}`}
        transform={`rotate(-90 ${c} ${c})`}
      />
      <text className="score-ring-number" x={c} y={c} textAnchor="middle" dominantBaseline="central" fontSize={Math.round(size * 0.3)} aria-hidden="true">
        {score === null ? '—' : score}
      </text>
    </svg>
  );
}
