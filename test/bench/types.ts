/** One benchmark target: measured in one run, reported as a ratio. */
export interface BenchResult {
  name: string;
  /** The goal in words, e.g. "≤ 2× JSON.parse". */
  target: string;
  /** What was measured, e.g. "412 ms for 100,000 URLs". */
  detail: string;
  ratio: number | null;
  pass: boolean;
}
export type BenchCase = () => Promise<BenchResult> | BenchResult;
