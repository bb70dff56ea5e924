/** Timing helpers shared by the benchmark cases. */

export function median(times: readonly number[]): number {
  const sorted = [...times].sort((x, y) => x - y);
  return sorted[sorted.length >> 1] ?? NaN;
}

export function timeOnce(run: () => unknown): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

/**
 * Median times of `a` and `b`, run alternately so that load from other
 * processes hits both sides alike; one warm-up each so both run compiled.
 */
export function timeAlternately(a: () => unknown, b: () => unknown, runs: number): [number, number] {
  a();
  b();
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    ta.push(timeOnce(a));
    tb.push(timeOnce(b));
  }
  return [median(ta), median(tb)];
}

/** timeAlternately for asynchronous work. */
export async function timeAlternatelyAsync(a: () => Promise<unknown>, b: () => Promise<unknown>, runs: number): Promise<[number, number]> {
  await a();
  await b();
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    await a();
    ta.push(performance.now() - t0);
    t0 = performance.now();
    await b();
    tb.push(performance.now() - t0);
  }
  return [median(ta), median(tb)];
}
